import { DeleteItemCommand, PutItemCommand, QueryCommand, TransactWriteItemsCommand, UpdateItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { DeliveryLog, Notice, NoticeStore, Outbox } from '../notifications/ports.js';
import { keys, TTL_ATTRIBUTE } from './table-keys.js';
import { cancelledByCondition, conditionHolds } from './condition-holds.js';
import { putPart } from './write-parts.js';

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
    async markSmsFailed(userId, eventId) {
      await conditionHolds(
        client.send(
          new UpdateItemCommand({
            TableName: tableName,
            Key: m(keys.notice(userId, eventId)),
            UpdateExpression: 'SET smsFailed = :yes',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeValues: m({ ':yes': true }),
          }),
        ),
      );
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

const OUTBOX_RETENTION_SECONDS = 7 * 24 * 3600;
/** Longer than any reminder window (a card's 6 months before expiry), so a reminder is never queued twice. */
const REMINDER_MARKER_SECONDS = 400 * 24 * 3600;

export function dynamoOutbox(client: DynamoDBClient, tableName: string): Outbox {
  return {
    async putOnce(event) {
      const epoch = Math.floor(Date.parse(event.createdAt) / 1000);
      try {
        await client.send(
          new TransactWriteItemsCommand({
            TransactItems: [
              {
                Put: {
                  TableName: tableName,
                  Item: m({ ...keys.reminderSent(event.id), at: event.createdAt, [TTL_ATTRIBUTE]: epoch + REMINDER_MARKER_SECONDS }),
                  ConditionExpression: 'attribute_not_exists(pk)',
                },
              },
              {
                Put: {
                  TableName: tableName,
                  Item: m({ ...keys.outbox(event.id), entity: 'OutboxEvent', ...event, [TTL_ATTRIBUTE]: epoch + OUTBOX_RETENTION_SECONDS }),
                },
              },
            ],
          }),
        );
        return true;
      } catch (error) {
        if (cancelledByCondition(error)) return false;
        throw error;
      }
    },
    async queue(event, retentionSeconds) {
      // An empty map comes out of DynamoDB Local's stream as a value it cannot read: a message without parameters carries none.
      const { params, ...rest } = event;
      await client.send(
        new PutItemCommand({
          TableName: tableName,
          Item: m({ ...keys.outbox(event.id), entity: 'OutboxEvent', ...rest, ...(Object.keys(params).length ? { params } : {}), [TTL_ATTRIBUTE]: Math.floor(Date.parse(event.createdAt) / 1000) + retentionSeconds }),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    },
    queued: (event) => {
      const { params, ...rest } = event;
      return putPart(tableName, { ...keys.outbox(event.id), entity: 'OutboxEvent', ...rest, ...(Object.keys(params).length ? { params } : {}), [TTL_ATTRIBUTE]: Math.floor(Date.parse(event.createdAt) / 1000) + OUTBOX_RETENTION_SECONDS });
    },
    async replay(event, at) {
      const epoch = Math.floor(Date.parse(at) / 1000);
      await client.send(
        new PutItemCommand({
          TableName: tableName,
          Item: m({ ...keys.outboxReplay(event.id, at), entity: 'OutboxEvent', ...event, [TTL_ATTRIBUTE]: epoch + OUTBOX_RETENTION_SECONDS }),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    },
  };
}
