/** A matter's timeline and audit trail (docs/data-model.md rows 7, 15), in the matter's own partition. */
import { PutItemCommand, TransactWriteItemsCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { AuditEntry, TimelineEntry } from '../matters/matter.js';
import type { HistoryStore } from '../matters/ports.js';
import { keys } from './table-keys.js';
import { queryAll, withoutKeys } from './query-all.js';
import { m } from './write-parts.js';

export function dynamoHistoryStore(client: DynamoDBClient, tableName: string): HistoryStore {
  const entries = async <T>(matterId: string, prefix: string) =>
    (
      await queryAll(client, {
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        values: { ':pk': keys.applicationPartition(matterId), ':prefix': prefix },
        ConsistentRead: true,
      })
    ).map((item) => withoutKeys(item) as unknown as T);

  return {
    timeline: (matterId) => entries<TimelineEntry>(matterId, keys.timelinePrefix),
    audit: (matterId) => entries<AuditEntry>(matterId, keys.auditPrefix),
    async recordAudit(matterId, entry) {
      await client.send(
        new PutItemCommand({
          TableName: tableName,
          Item: m({ ...keys.auditEntry(matterId, entry.at, entry.id), entity: 'AuditEntry', ...entry }),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    },
    async record(matterId, { timeline, audit }) {
      const put = (item: Record<string, unknown>) => ({ Put: { TableName: tableName, Item: m(item), ConditionExpression: 'attribute_not_exists(pk)' } });
      await client.send(
        new TransactWriteItemsCommand({
          TransactItems: [
            put({ ...keys.timelineEntry(matterId, timeline.at, timeline.id), entity: 'TimelineEntry', ...timeline }),
            put({ ...keys.auditEntry(matterId, audit.at, audit.id), entity: 'AuditEntry', ...audit }),
          ],
        }),
      );
    },
  };
}
