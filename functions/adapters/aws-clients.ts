/** SDK clients, one per cold start. Locally they point at DynamoDB Local and the S3 emulator. */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { getConfig } from '../shared/config.js';

const LOCAL_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

let dynamo: DynamoDBClient | undefined;
let s3: S3Client | undefined;

export function dynamoClient(): DynamoDBClient {
  const config = getConfig();
  dynamo ??= new DynamoDBClient({
    region: config.AWS_REGION,
    ...(config.DYNAMODB_ENDPOINT ? { endpoint: config.DYNAMODB_ENDPOINT, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
  });
  return dynamo;
}

export function s3Client(): S3Client {
  const config = getConfig();
  s3 ??= new S3Client({
    region: config.AWS_REGION,
    ...(config.S3_ENDPOINT
      ? { endpoint: config.S3_ENDPOINT, forcePathStyle: true, credentials: LOCAL_CREDENTIALS, requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' }
      : {}),
  });
  return s3;
}
