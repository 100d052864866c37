/**
 * Matters (docs/data-model.md rows 5, 6, 14, 39, 48): one item per matter, by id, by owner (gsi1), in
 * the district's queue by date (gsi2), by the person it is about and by its receipt reference. A state change is one transaction with its timeline, audit and
 * outbox items and whatever other stores add to it.
 */
import { ConditionalCheckFailedException, GetItemCommand, PutItemCommand, TransactWriteItemsCommand, UpdateItemCommand, type DynamoDBClient, type TransactWriteItem } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import pRetry from 'p-retry';
import { NO_DEADLINE, type MatterRecord } from '../matters/matter.js';
import type { MatterStore, StateChange } from '../matters/ports.js';
import { StaleVersionError } from '../shared/errors.js';
import { cancelledByCondition, cancelledByConflict, failedIndexes } from './condition-holds.js';
import { keys, OWNER_INDEX, TTL_ATTRIBUTE, WORK_INDEX } from './table-keys.js';
import { queryAll, withoutKeys } from './query-all.js';
import { fromPart, m } from './write-parts.js';

const OUTBOX_RETENTION_SECONDS = 7 * 24 * 3600;
/** A few quick tries, spread out, when transactions collide on one item (many people booking one session); still colliding after that is a 503 (try again). */
const CONFLICT_RETRIES = { retries: 6, minTimeout: 20, maxTimeout: 500, factor: 2, randomize: true };

function historyItems(tableName: string, change: StateChange): TransactWriteItem[] {
  const { matter, timeline, audit, outbox, at } = change;
  const put = (item: Record<string, unknown>): TransactWriteItem => ({ Put: { TableName: tableName, Item: m(item), ConditionExpression: 'attribute_not_exists(pk)' } });
  const items: TransactWriteItem[] = [];
  if (timeline) items.push(put({ ...keys.timelineEntry(matter.id, timeline.at, timeline.id), entity: 'TimelineEntry', ...timeline }));
  if (audit) items.push(put({ ...keys.auditEntry(matter.id, audit.at, audit.id), entity: 'AuditEntry', ...audit }));
  if (outbox) items.push(put({ ...keys.outbox(outbox.id), entity: 'OutboxEvent', ...outbox, [TTL_ATTRIBUTE]: Math.floor(Date.parse(at) / 1000) + OUTBOX_RETENTION_SECONDS }));
  return items;
}

/**
 * The indexes that follow a change: the person it is about finds it once it names them (moved when the
 * subject changes), and the receipt reference finds it from the submission on (办件查询).
 */
function indexItems(tableName: string, change: StateChange): TransactWriteItem[] {
  const { matter, set, at } = change;
  const items: TransactWriteItem[] = [];
  if (set.subject && set.subject !== matter.subject) {
    items.push({ Put: { TableName: tableName, Item: m({ ...keys.personMatter(set.subject, matter.id), entity: 'PersonMatter', matterId: matter.id, at }) } });
    if (matter.subject) items.push({ Delete: { TableName: tableName, Key: m(keys.personMatter(matter.subject, matter.id)) } });
  }
  if (set.reference && set.reference !== matter.reference) {
    items.push({ Put: { TableName: tableName, Item: m({ ...keys.reference(set.reference), entity: 'Reference', matterId: matter.id }), ConditionExpression: 'attribute_not_exists(pk)' } });
  }
  return items;
}

/** The matter's update, guarded by the version and status it was read with; its queue place follows. */
function matterUpdate(tableName: string, change: StateChange): TransactWriteItem {
  const { matter, expectedVersion, set, at } = change;
  const merged = { ...matter, ...set } as MatterRecord;
  const fields: Record<string, unknown> = { ...set };
  if (merged.districtCode && merged.status !== 'draft') Object.assign(fields, keys.districtQueue(merged.districtCode, merged.queueDate ?? NO_DEADLINE, matter.id));
  const names: Record<string, string> = { '#status': 'status' };
  const values: Record<string, unknown> = { ':expected': expectedVersion, ':from': matter.status, ':one': 1, ':at': at };
  const assignments = ['version = version + :one', 'updatedAt = :at'];
  for (const [field, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    names[`#${field}`] = field;
    values[`:${field}`] = value;
    assignments.push(`#${field} = :${field}`);
  }
  return {
    Update: {
      TableName: tableName,
      Key: m(keys.application(matter.id)),
      UpdateExpression: `SET ${assignments.join(', ')}`,
      ConditionExpression: 'version = :expected AND #status = :from',
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: m(values),
    },
  };
}

export function dynamoMatterStore<M extends MatterRecord = MatterRecord>(client: DynamoDBClient, tableName: string): MatterStore<M> {
  const toMatter = (item: Record<string, unknown>) => withoutKeys(item) as unknown as M;
  const current = async (id: string) => {
    const found = await store.get(id);
    return found ? { status: found.status, version: found.version } : undefined;
  };
  const inIndex = async (query: Parameters<typeof queryAll>[1]) => (await queryAll(client, query)).map(toMatter);

  const store: MatterStore<M> = {
    async create(matter) {
      await client.send(
        new PutItemCommand({
          TableName: tableName,
          Item: m({
            ...keys.application(matter.id),
            ...keys.ownerIndex(matter.ownerId, matter.createdAt, matter.id),
            // A draft staff file on someone's behalf (代办) is in the district's queue from the start.
            ...(matter.districtCode && matter.channel !== 'online' ? keys.districtQueue(matter.districtCode, matter.createdAt.slice(0, 10), matter.id) : {}),
            entity: 'Application',
            ...(matter as Record<string, unknown>),
          }),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    },

    async get(id) {
      const result = await client.send(new GetItemCommand({ TableName: tableName, Key: m(keys.application(id)), ConsistentRead: true }));
      return result.Item ? toMatter(unmarshall(result.Item)) : undefined;
    },

    async saveAnswers(id, expectedVersion, answers, at) {
      try {
        const result = await client.send(
          new UpdateItemCommand({
            TableName: tableName,
            Key: m(keys.application(id)),
            UpdateExpression: 'SET answers = :answers, version = version + :one, updatedAt = :at',
            ConditionExpression: 'version = :expected AND #status IN (:draft, :correcting)',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: m({ ':answers': answers, ':one': 1, ':at': at, ':expected': expectedVersion, ':draft': 'draft', ':correcting': 'awaiting_correction' }),
            ReturnValues: 'ALL_NEW',
          }),
        );
        return toMatter(unmarshall(result.Attributes!));
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) throw new StaleVersionError(await current(id));
        throw error;
      }
    },

    async change(change) {
      const own = [matterUpdate(tableName, change), ...historyItems(tableName, change), ...indexItems(tableName, change)];
      const writes = change.writes ?? [];
      try {
        const transaction = new TransactWriteItemsCommand({ TransactItems: [...own, ...writes.map(fromPart)] });
        await pRetry(() => client.send(transaction), { ...CONFLICT_RETRIES, shouldRetry: ({ error }) => cancelledByConflict(error) });
      } catch (error) {
        if (!cancelledByCondition(error)) throw error;
        // Another store's write says what its failed condition means (a seat just taken); the matter's own is a stale version.
        const failed = failedIndexes(error).map((i) => writes[i - own.length]).find((w) => w?.conflict);
        if (failed && !failedIndexes(error).some((i) => i < own.length)) throw failed.conflict!();
        throw new StaleVersionError(await current(change.matter.id));
      }
      return { ...change.matter, ...change.set, version: change.expectedVersion + 1, updatedAt: change.at } as M;
    },

    async listBySubject(personKey) {
      const links = await queryAll(client, {
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        values: { ':pk': keys.personPartition(personKey), ':prefix': keys.personMatterPrefix },
      });
      const found: (M | undefined)[] = await Promise.all(links.map((link) => store.get(String(link.matterId))));
      // A matter whose subject moved since the link was read is not theirs any more.
      const theirs = found.filter((matter): matter is M => matter?.subject === personKey);
      return theirs.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },

    async findByReference(reference) {
      const result = await client.send(new GetItemCommand({ TableName: tableName, Key: m(keys.reference(reference)), ConsistentRead: true }));
      return result.Item ? store.get(String(unmarshall(result.Item).matterId)) : undefined;
    },

    listByOwner: (ownerId) =>
      inIndex({ TableName: tableName, IndexName: OWNER_INDEX, KeyConditionExpression: 'gsi1pk = :owner', values: { ':owner': keys.ownerPartition(ownerId) }, ScanIndexForward: false }),

    // Finished matters sort last (NO_DEADLINE), so the open ones are a range and years of finished work are never read.
    listByDistrict: (districtCode, options = {}) =>
      inIndex({
        TableName: tableName,
        IndexName: WORK_INDEX,
        KeyConditionExpression: options.openOnly ? 'gsi2pk = :district AND gsi2sk < :finished' : 'gsi2pk = :district',
        values: { ':district': keys.districtPartition(districtCode), ...(options.openOnly ? { ':finished': NO_DEADLINE } : {}) },
      }),
  };
  return store;
}
