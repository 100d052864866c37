import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import { getConfig } from '../shared/config.js';
import { dynamoClient } from './aws-clients.js';
import { keys, TTL_ATTRIBUTE } from './table-keys.js';

let store: DynamoDBPersistenceLayer | undefined;

/** Idempotency records live in the main table under their own partition. */
export function idempotencyStore(): DynamoDBPersistenceLayer {
  store ??= new DynamoDBPersistenceLayer({
    tableName: getConfig().TABLE_NAME,
    keyAttr: 'pk',
    sortKeyAttr: 'sk',
    staticPkValue: keys.idempotencyPartition,
    expiryAttr: TTL_ATTRIBUTE,
    awsSdkV3Client: dynamoClient(),
  });
  return store;
}
