/** Numbers handed out once (docs/data-model.md row 12): one atomic ADD per number. */
import { UpdateItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { CounterStore } from '../matters/ports.js';
import { keys } from './table-keys.js';
import { m } from './write-parts.js';

export function dynamoCounterStore(client: DynamoDBClient, tableName: string): CounterStore {
  return {
    async next(counter) {
      const result = await client.send(
        new UpdateItemCommand({
          TableName: tableName,
          Key: m(keys.counter(counter)),
          UpdateExpression: 'ADD #value :one',
          ExpressionAttributeNames: { '#value': 'value' },
          ExpressionAttributeValues: m({ ':one': 1 }),
          ReturnValues: 'UPDATED_NEW',
        }),
      );
      return Number(unmarshall(result.Attributes!).value);
    },
  };
}
