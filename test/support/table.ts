/** Direct looks into DynamoDB Local for tests: what a handler wrote, and the one clock the tests move. */
import { DynamoDBClient, QueryCommand, ScanCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import type { Platform } from '../../local/platform.js';

export function tableClient(platform: Platform): DynamoDBClient {
  return new DynamoDBClient({ endpoint: platform.dynamoEndpoint, region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
}

/** The application's items whose sort key starts with `prefix` (TL#, AUDIT#, DOC#). */
export async function itemsOf(dynamo: DynamoDBClient, platform: Platform, applicationId: string, prefix: string) {
  const result = await dynamo.send(
    new QueryCommand({
      TableName: platform.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :p)',
      ExpressionAttributeValues: { ':pk': { S: `APP#${applicationId}` }, ':p': { S: prefix } },
      ConsistentRead: true,
    }),
  );
  return result.Items ?? [];
}

/** Moves a public notice's end into the past, as five working days passing would. */
export async function endNoticeEarly(dynamo: DynamoDBClient, platform: Platform, applicationId: string): Promise<void> {
  await dynamo.send(
    new UpdateItemCommand({
      TableName: platform.tableName,
      Key: { pk: { S: `APP#${applicationId}` }, sk: { S: 'META' } },
      UpdateExpression: 'SET notice.endsOn = :past',
      ExpressionAttributeValues: { ':past': { S: '2000-01-01' } },
    }),
  );
}

/** The outbox events written for an application (a scan: fine for a test table). */
export async function outboxOf(dynamo: DynamoDBClient, platform: Platform, applicationId: string) {
  const result = await dynamo.send(
    new ScanCommand({
      TableName: platform.tableName,
      FilterExpression: 'entity = :e AND applicationId = :a',
      ExpressionAttributeValues: { ':e': { S: 'OutboxEvent' }, ':a': { S: applicationId } },
      ConsistentRead: true,
    }),
  );
  return result.Items ?? [];
}
