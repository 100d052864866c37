/** Where a scheduled job got to in a register's change feed (docs/data-model.md row 29). */
import { GetItemCommand, PutItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { JobCursors } from '../benefits/ports.js';
import { keys } from './table-keys.js';
import { m } from './write-parts.js';

export function dynamoJobCursors(client: DynamoDBClient, tableName: string): JobCursors {
  return {
    async get(job) {
      const result = await client.send(new GetItemCommand({ TableName: tableName, Key: m(keys.jobCursor(job)), ConsistentRead: true }));
      return result.Item ? String(unmarshall(result.Item).value) : undefined;
    },
    async set(job, value) {
      await client.send(new PutItemCommand({ TableName: tableName, Item: m({ ...keys.jobCursor(job), entity: 'JobCursor', value }) }));
    },
  };
}
