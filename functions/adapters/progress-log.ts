/** 办件查询 look-ups that matched no matter, by day (docs/data-model.md row 51); kept half a year. */
import { PutItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { ProgressLog } from '../progress/lookup.js';
import { keys, TTL_ATTRIBUTE } from './table-keys.js';
import { m } from './write-parts.js';

const RETENTION_SECONDS = 180 * 24 * 3600;

export function dynamoProgressLog(client: DynamoDBClient, tableName: string): ProgressLog {
  return {
    async unmatched(date, entry) {
      await client.send(
        new PutItemCommand({
          TableName: tableName,
          Item: m({ ...keys.progressLookup(date, entry.at, entry.id), entity: 'ProgressLookup', ...entry, [TTL_ATTRIBUTE]: Math.floor(Date.parse(entry.at) / 1000) + RETENTION_SECONDS }),
        }),
      );
    },
  };
}
