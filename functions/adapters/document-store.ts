/** Document records (docs/data-model.md row 8), in their matter's partition. The files are in S3 (s3-document-files.ts). */
import { DeleteItemCommand, GetItemCommand, PutItemCommand, UpdateItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DocumentRecord, DocumentStore } from '../documents/document-record.js';
import { keys } from './table-keys.js';
import { queryAll, withoutKeys } from './query-all.js';
import { m } from './write-parts.js';

const toDocument = (item: Record<string, unknown>) => withoutKeys(item) as unknown as DocumentRecord;

export function dynamoDocumentStore(client: DynamoDBClient, tableName: string): DocumentStore {
  return {
    async put(doc) {
      await client.send(
        new PutItemCommand({ TableName: tableName, Item: m({ ...keys.document(doc.applicationId, doc.id), entity: 'Document', ...doc }), ConditionExpression: 'attribute_not_exists(pk)' }),
      );
    },
    async get(matterId, documentId) {
      const result = await client.send(new GetItemCommand({ TableName: tableName, Key: m(keys.document(matterId, documentId)), ConsistentRead: true }));
      return result.Item ? toDocument(unmarshall(result.Item)) : undefined;
    },
    async list(matterId) {
      const items = await queryAll(client, {
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        values: { ':pk': keys.applicationPartition(matterId), ':prefix': keys.documentPrefix },
        ConsistentRead: true,
      });
      return items.map(toDocument);
    },
    async setStatus(matterId, documentId, status, at, etag) {
      const received = status === 'received';
      await client.send(
        new UpdateItemCommand({
          TableName: tableName,
          Key: m(keys.document(matterId, documentId)),
          UpdateExpression: received ? 'SET #status = :status, receivedAt = :at, etag = :etag' : 'SET #status = :status',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: m(received ? { ':status': status, ':at': at, ':etag': etag } : { ':status': status }),
        }),
      );
    },
    async remove(matterId, documentId) {
      await client.send(new DeleteItemCommand({ TableName: tableName, Key: m(keys.document(matterId, documentId)) }));
    },
  };
}
