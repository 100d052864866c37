import { GetItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { Certificate, CertificateStore } from '../certificates/certificate.js';
import { keys, OWNER_INDEX, WORK_INDEX } from './table-keys.js';
import { queryAll, withoutKeys } from './query-all.js';

const toCertificate = (item: Record<string, unknown>) => withoutKeys(item) as unknown as Certificate;

/** Certificates are written with the decision that creates them (application-store changeState); this reads them. */
export function dynamoCertificateStore(client: DynamoDBClient, tableName: string): CertificateStore {
  const inIndex = async (indexName: string, attribute: string, partition: string) =>
    (await queryAll(client, { TableName: tableName, IndexName: indexName, KeyConditionExpression: `${attribute} = :partition`, values: { ':partition': partition } })).map(
      toCertificate,
    );

  return {
    async get(number) {
      const result = await client.send(new GetItemCommand({ TableName: tableName, Key: marshall(keys.certificate(number)), ConsistentRead: true }));
      return result.Item ? toCertificate(unmarshall(result.Item)) : undefined;
    },
    listByHolder: (userId) => inIndex(OWNER_INDEX, 'gsi1pk', keys.holderPartition(userId)),
    listExpiringIn: (month) => inIndex(WORK_INDEX, 'gsi2pk', keys.expiryPartition(month)),
  };
}
