import { UpdateItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { RateCounter } from '../auth/ports.js';
import { keys, TTL_ATTRIBUTE } from './table-keys.js';
import { conditionHolds } from './condition-holds.js';

/** One conditional ADD per event: the limit holds however many requests arrive at once. */
export function dynamoRateCounter(client: DynamoDBClient, tableName: string): RateCounter {
  return {
    take: (scope, window, limit, expiresAt) =>
      conditionHolds(
        client.send(
          new UpdateItemCommand({
            TableName: tableName,
            Key: marshall(keys.rate(scope, window)),
            UpdateExpression: 'ADD #count :one SET #ttl = :ttl',
            ConditionExpression: 'attribute_not_exists(#count) OR #count < :limit',
            ExpressionAttributeNames: { '#count': 'count', '#ttl': TTL_ATTRIBUTE },
            ExpressionAttributeValues: marshall({ ':one': 1, ':limit': limit, ':ttl': expiresAt }),
          }),
        ),
      ),
  };
}
