/** SMS held through quiet hours (docs/data-model.md row 50): one partition, sorted by when each may go. */
import { DeleteItemCommand, PutItemCommand, UpdateItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { HeldSms, HeldSmsStore } from '../notifications/ports.js';
import { keys, TTL_ATTRIBUTE } from './table-keys.js';
import { queryAll, withoutKeys } from './query-all.js';
import { m } from './write-parts.js';

/** A held message nobody could send for a week is of no use to anyone. */
const HELD_RETENTION_SECONDS = 7 * 24 * 3600;

export function dynamoHeldSmsStore(client: DynamoDBClient, tableName: string): HeldSmsStore {
  const key = (message: HeldSms) => keys.heldSms(message.dueAt, message.eventId, message.recipient);
  return {
    async hold(message) {
      await client.send(
        new PutItemCommand({
          TableName: tableName,
          Item: m({ ...key(message), entity: 'HeldSms', ...message, [TTL_ATTRIBUTE]: Math.floor(Date.parse(message.dueAt) / 1000) + HELD_RETENTION_SECONDS }),
        }),
      );
    },
    async due(at) {
      const items = await queryAll(client, {
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND sk <= :at',
        // Every key starting with an instant at or before `at` sorts before `at` followed by '~'.
        values: { ':pk': keys.heldSmsPartition, ':at': `${at}~` },
        ConsistentRead: true,
      });
      return items.map((item) => withoutKeys(item) as unknown as HeldSms);
    },
    async remove(message) {
      await client.send(new DeleteItemCommand({ TableName: tableName, Key: m(key(message)) }));
    },
    async failedOnce(message) {
      const result = await client.send(
        new UpdateItemCommand({ TableName: tableName, Key: m(key(message)), UpdateExpression: 'ADD attempts :one', ExpressionAttributeValues: m({ ':one': 1 }), ReturnValues: 'ALL_NEW' }),
      );
      return Number(unmarshall(result.Attributes ?? {}).attempts ?? 1);
    },
  };
}
