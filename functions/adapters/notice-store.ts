import { DeleteItemCommand, PutItemCommand, QueryCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { DeliveryLog, Notice, NoticeStore } from '../notifications/ports.js';
import { keys, TTL_ATTRIBUTE } from './table-keys.js';
import { conditionHolds } from './condition-holds.js';

const m = (value: Record<string, unknown>) => marshall(value, { removeUndefinedValues: true });
const DELIVERY_RETENTION_SECONDS = 30 * 24 * 3600;

const putIfAbsent = (client: DynamoDBClient, tableName: string, item: Record<string, unknown>) =>
  conditionHolds(client.send(new PutItemCommand({ TableName: tableName, Item: m(item), ConditionExpression: 'attribute_not_exists(pk)' })));

export function dynamoNoticeStore(client: DynamoDBClient, tableName: string): NoticeStore {
  return {
    putOnce: (notice) => putIfAbsent(client, tableName, { ...keys.notice(notice.userId, notice.id), entity: 'Notice', ...notice }),
    async listForUser(userId, limit) {
      const result = await client.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: m({ ':pk': keys.userPartition(userId), ':prefix': keys.noticePrefix }),
          ScanIndexForward: false,
          Limit: limit,
        }),
      );
      return (result.Items ?? []).map((i) => {
        const { pk: _pk, sk: _sk, entity: _e, ...notice } = unmarshall(i);
        return notice as Notice;
      });
    },
  };
}

export function dynamoDeliveryLog(client: DynamoDBClient, tableName: string): DeliveryLog {
  return {
    claim: (eventId, channel, recipient, at) =>
      putIfAbsent(client, tableName, {
        ...keys.delivery(eventId, channel, recipient),
        at,
        [TTL_ATTRIBUTE]: Math.floor(Date.parse(at) / 1000) + DELIVERY_RETENTION_SECONDS,
      }),
    async release(eventId, channel, recipient) {
      await client.send(new DeleteItemCommand({ TableName: tableName, Key: m(keys.delivery(eventId, channel, recipient)) }));
    },
  };
}
