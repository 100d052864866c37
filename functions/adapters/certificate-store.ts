import { GetItemCommand, QueryCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { Certificate, CertificateStore } from '../certificates/certificate.js';
import { keys, OWNER_INDEX, WORK_INDEX } from './table-keys.js';

function toCertificate(item: Record<string, unknown>): Certificate {
  const { pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g2, gsi2pk: _g3, gsi2sk: _g4, entity: _e, ...rest } = item;
  return rest as unknown as Certificate;
}

/** Certificates are written with the decision that creates them (application-store changeState); this reads them. */
export function dynamoCertificateStore(client: DynamoDBClient, tableName: string): CertificateStore {
  async function queryIndex(indexName: string, attribute: string, partition: string): Promise<Certificate[]> {
    const items: Certificate[] = [];
    let startKey: Record<string, any> | undefined;
    do {
      const page = await client.send(
        new QueryCommand({
          TableName: tableName,
          IndexName: indexName,
          KeyConditionExpression: `${attribute} = :partition`,
          ExpressionAttributeValues: marshall({ ':partition': partition }),
          ExclusiveStartKey: startKey,
        }),
      );
      items.push(...(page.Items ?? []).map((i) => toCertificate(unmarshall(i))));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return items;
  }

  return {
    async get(number) {
      const result = await client.send(new GetItemCommand({ TableName: tableName, Key: marshall(keys.certificate(number)), ConsistentRead: true }));
      return result.Item ? toCertificate(unmarshall(result.Item)) : undefined;
    },
    listByHolder: (userId) => queryIndex(OWNER_INDEX, 'gsi1pk', keys.holderPartition(userId)),
    listExpiringIn: (month) => queryIndex(WORK_INDEX, 'gsi2pk', keys.expiryPartition(month)),
  };
}
