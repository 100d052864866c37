/** One-time codes by purpose (docs/data-model.md row 49): a salted hash, an expiry, a count of tries; the TTL removes them. */
import { ConditionalCheckFailedException, PutItemCommand, UpdateItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { CodeStore } from '../family/ports.js';
import { keys, TTL_ATTRIBUTE } from './table-keys.js';
import { conditionHolds } from './condition-holds.js';
import { m } from './write-parts.js';

const USED = 'used';

export function dynamoCodeStore(client: DynamoDBClient, tableName: string): CodeStore {
  return {
    async save(purpose, id, code) {
      await client.send(
        new PutItemCommand({ TableName: tableName, Item: m({ ...keys.oneTimeCode(purpose, id), entity: 'OneTimeCode', ...code, attempts: 0, [TTL_ATTRIBUTE]: Math.ceil(code.expiresAt / 1000) + 3600 }) }),
      );
    },
    async takeAttempt(purpose, id, maxAttempts, nowMs) {
      try {
        const result = await client.send(
          new UpdateItemCommand({
            TableName: tableName,
            Key: m(keys.oneTimeCode(purpose, id)),
            UpdateExpression: 'ADD attempts :one',
            ConditionExpression: 'attribute_exists(pk) AND attempts < :max AND expiresAt > :now AND codeHash <> :used',
            ExpressionAttributeValues: m({ ':one': 1, ':max': maxAttempts, ':now': nowMs, ':used': USED }),
            ReturnValues: 'ALL_NEW',
          }),
        );
        const { codeHash, salt, payload } = unmarshall(result.Attributes ?? {});
        return { codeHash, salt, ...(payload ? { payload } : {}) };
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) return undefined;
        throw error;
      }
    },
    consume: (purpose, id, codeHash) =>
      conditionHolds(
        client.send(
          new UpdateItemCommand({
            TableName: tableName,
            Key: m(keys.oneTimeCode(purpose, id)),
            UpdateExpression: 'SET codeHash = :used',
            ConditionExpression: 'codeHash = :hash',
            ExpressionAttributeValues: m({ ':hash': codeHash, ':used': USED }),
          }),
        ),
      ),
  };
}
