/** SDK clients, one per cold start. Locally they point at DynamoDB Local and the S3 emulator. */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
import { getConfig, type Config } from '../shared/config.js';

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

/**
 * The S3 client's settings, the same on AWS and locally except for where it points. Checksums only when
 * an operation requires one: otherwise the SDK signs a CRC32 of the empty body into every presigned PUT
 * (`x-amz-checksum-crc32=AAAAAA==`), and S3 refuses the browser's upload of the real file.
 */
export function s3ClientConfig(config: Pick<Config, 'AWS_REGION' | 'S3_ENDPOINT'>): S3ClientConfig {
  return {
    region: config.AWS_REGION,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    ...(config.S3_ENDPOINT ? { endpoint: config.S3_ENDPOINT, forcePathStyle: true, credentials: LOCAL_CREDENTIALS } : {}),
  };
}

export function s3Client(): S3Client {
  s3 ??= new S3Client(s3ClientConfig(getConfig()));
  return s3;
}
