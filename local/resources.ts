/** Creates the table (same keys, indexes, stream and TTL as the CDK Data stack), or adds an index an older local table lacks. */
import {
  CreateTableCommand,
  DescribeTableCommand,
  ResourceNotFoundException,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
  type DynamoDBClient,
  type GlobalSecondaryIndex,
} from '@aws-sdk/client-dynamodb';
import { OWNER_INDEX, TTL_ATTRIBUTE, WORK_INDEX } from '../functions/adapters/table-keys.js';

const INDEXES: GlobalSecondaryIndex[] = [OWNER_INDEX, WORK_INDEX].map((name, i) => ({
  IndexName: name,
  KeySchema: [
    { AttributeName: `gsi${i + 1}pk`, KeyType: 'HASH' },
    { AttributeName: `gsi${i + 1}sk`, KeyType: 'RANGE' },
  ],
  Projection: { ProjectionType: 'ALL' },
}));

const attributesOf = (index: GlobalSecondaryIndex) =>
  index.KeySchema!.map((k) => ({ AttributeName: k.AttributeName!, AttributeType: 'S' as const }));

export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<void> {
  try {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const existing = new Set((Table?.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName));
    for (const index of INDEXES.filter((i) => !existing.has(i.IndexName))) {
      await client.send(
        new UpdateTableCommand({
          TableName: tableName,
          AttributeDefinitions: attributesOf(index),
          GlobalSecondaryIndexUpdates: [{ Create: index }],
        }),
      );
    }
    return;
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  await client.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'sk', AttributeType: 'S' },
        ...INDEXES.flatMap(attributesOf),
      ],
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: INDEXES,
      StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
    }),
  );
  await client.send(new UpdateTimeToLiveCommand({ TableName: tableName, TimeToLiveSpecification: { Enabled: true, AttributeName: TTL_ATTRIBUTE } }));
}
