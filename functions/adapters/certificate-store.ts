/**
 * Certificates (docs/data-model.md rows 16–18). They are written in the transaction of the decision
 * that issues or changes them (`issued` gives the writes for it); everything else here reads.
 */
import { GetItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Certificate, CertificateStore } from '../certificates/certificate.js';
import { keys, OWNER_INDEX, WORK_INDEX } from './table-keys.js';
import { queryAll, withoutKeys } from './query-all.js';
import { m, putPart } from './write-parts.js';

const toCertificate = (item: Record<string, unknown>) => withoutKeys(item) as unknown as Certificate;

function certificateItem(certificate: Certificate): Record<string, unknown> {
  return {
    ...keys.certificate(certificate.number),
    ...keys.holderIndex(certificate.holderUserId, certificate.number),
    ...(certificate.status === 'valid' ? keys.expiryIndex(certificate.validUntil, certificate.number) : {}),
    entity: 'Certificate',
    ...certificate,
  };
}

export function dynamoCertificateStore(client: DynamoDBClient, tableName: string): CertificateStore {
  const inIndex = async (indexName: string, attribute: string, partition: string) =>
    (await queryAll(client, { TableName: tableName, IndexName: indexName, KeyConditionExpression: `${attribute} = :partition`, values: { ':partition': partition } })).map(
      toCertificate,
    );

  return {
    async get(number) {
      const result = await client.send(new GetItemCommand({ TableName: tableName, Key: m(keys.certificate(number)), ConsistentRead: true }));
      return result.Item ? toCertificate(unmarshall(result.Item)) : undefined;
    },
    listByHolder: (userId) => inIndex(OWNER_INDEX, 'gsi1pk', keys.holderPartition(userId)),
    listExpiringIn: (month) => inIndex(WORK_INDEX, 'gsi2pk', keys.expiryPartition(month)),
    // Guarded by the matter's version in the same transaction: only the winning decision writes its cards.
    issued: (certificates) => certificates.map((certificate) => putPart(tableName, certificateItem(certificate))),
  };
}
