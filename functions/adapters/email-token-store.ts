import { ConditionalCheckFailedException, DeleteItemCommand, PutItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { EmailTokens } from '../preferences/ports.js';
import { keys, TTL_ATTRIBUTE } from './table-keys.js';
import { m } from './write-parts.js';

export function dynamoEmailTokens(client: DynamoDBClient, tableName: string): EmailTokens {
  return {
    async save(tokenHash, token) {
      await client.send(new PutItemCommand({ TableName: tableName, Item: m({ ...keys.emailToken(tokenHash), entity: 'EmailToken', ...token, [TTL_ATTRIBUTE]: Math.ceil(token.expiresAt / 1000) }) }));
    },
    async take(tokenHash, nowMs) {
      try {
        // One delete, conditional on the link still working: a link used twice at once verifies once.
        const result = await client.send(
          new DeleteItemCommand({
            TableName: tableName,
            Key: m(keys.emailToken(tokenHash)),
            ConditionExpression: 'attribute_exists(pk) AND expiresAt > :now',
            ExpressionAttributeValues: m({ ':now': nowMs }),
            ReturnValues: 'ALL_OLD',
          }),
        );
        const item = unmarshall(result.Attributes ?? {});
        return { userId: String(item.userId), email: String(item.email) };
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) return undefined;
        throw error;
      }
    },
  };
}
