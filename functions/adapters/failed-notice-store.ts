/** Failed notifications (docs/data-model.md rows 23–24): counted, kept whole, set aside, replayed. */
import { GetItemCommand, UpdateItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { FailedNotices, ParkedNotice } from '../notifications/ports.js';
import { keys, TTL_ATTRIBUTE, WORK_INDEX } from './table-keys.js';
import { queryAll } from './query-all.js';

/** A failure that was later delivered is forgotten after a month; a parked one is kept until replayed. */
const RETRYING_RETENTION_SECONDS = 30 * 24 * 3600;

export function dynamoFailedNotices(client: DynamoDBClient, tableName: string): FailedNotices {
  const update = (id: string, expression: string, values: Record<string, unknown>, names: Record<string, string> = {}) =>
    client.send(
      new UpdateItemCommand({
        TableName: tableName,
        Key: marshall(keys.failedNotice(id)),
        UpdateExpression: expression,
        ExpressionAttributeValues: marshall(values, { removeUndefinedValues: true }),
        ...(Object.keys(names).length ? { ExpressionAttributeNames: names } : {}),
        ReturnValues: 'ALL_NEW',
      }),
    );

  return {
    async recordAttempt({ id, image, reason, at }) {
      const result = await update(
        id,
        'ADD attempts :one SET entity = :entity, image = if_not_exists(image, :image), firstFailedAt = if_not_exists(firstFailedAt, :at), lastFailedAt = :at, reason = :reason, #ttl = :ttl',
        { ':one': 1, ':entity': 'FailedNotice', ':image': image, ':at': at, ':reason': reason, ':ttl': Math.floor(Date.parse(at) / 1000) + RETRYING_RETENTION_SECONDS },
        { '#ttl': TTL_ATTRIBUTE },
      );
      return Number(unmarshall(result.Attributes ?? {}).attempts ?? 1);
    },
    async park({ id, image, reason, at }) {
      const index = keys.parkedNoticeIndex(at, id);
      await update(
        id,
        'SET entity = :entity, image = if_not_exists(image, :image), firstFailedAt = if_not_exists(firstFailedAt, :at), attempts = if_not_exists(attempts, :one), lastFailedAt = :at, parkedAt = :at, reason = :reason, gsi2pk = :gpk, gsi2sk = :gsk REMOVE #ttl',
        { ':entity': 'FailedNotice', ':image': image, ':at': at, ':one': 1, ':reason': reason, ':gpk': index.gsi2pk, ':gsk': index.gsi2sk },
        { '#ttl': TTL_ATTRIBUTE },
      );
    },
    async listParked() {
      const items = await queryAll(client, { TableName: tableName, IndexName: WORK_INDEX, KeyConditionExpression: 'gsi2pk = :p', values: { ':p': keys.parkedNoticePartition } });
      return items.map((item): ParkedNotice => {
        let about: Pick<ParkedNotice, 'type' | 'applicationId'> = {};
        try {
          const image = JSON.parse(String(item.image)) as Record<string, { S?: string }>;
          about = { ...(image.type?.S ? { type: image.type.S } : {}), ...(image.applicationId?.S ? { applicationId: image.applicationId.S } : {}) };
        } catch {
          // An image that is not even JSON is still listed, by its id and reason.
        }
        return {
          id: String(item.pk).slice(keys.failedNoticePrefix.length),
          reason: String(item.reason),
          attempts: Number(item.attempts ?? 1),
          firstFailedAt: String(item.firstFailedAt),
          parkedAt: String(item.parkedAt),
          ...about,
        };
      });
    },
    async parkedImage(id) {
      const result = await client.send(new GetItemCommand({ TableName: tableName, Key: marshall(keys.failedNotice(id)), ConsistentRead: true }));
      const item = result.Item ? unmarshall(result.Item) : undefined;
      return item?.parkedAt && !item.replayedAt ? String(item.image) : undefined;
    },
    async markReplayed(id, at) {
      await update(id, 'SET replayedAt = :at, #ttl = :ttl REMOVE gsi2pk, gsi2sk', { ':at': at, ':ttl': Math.floor(Date.parse(at) / 1000) + RETRYING_RETENTION_SECONDS }, { '#ttl': TTL_ATTRIBUTE });
    },
  };
}
