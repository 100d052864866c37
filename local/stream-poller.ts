/**
 * Reads the table's DynamoDB stream from DynamoDB Local and hands batches to the notifier handler in
 * Lambda's event shape, retrying records the handler reports as failed — what the Lambda event source
 * mapping does on AWS. Starting from the oldest record is safe: the notifier deduplicates.
 */
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record,
} from '@aws-sdk/client-dynamodb-streams';
import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';

type StreamHandler = (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse | void>;

export interface StreamPoller {
  stop(): Promise<void>;
  /** Resolves once every record written so far has been handed to the handler. */
  drain(timeoutMs?: number): Promise<void>;
}

const POLL_MS = 200;
/** As the event source mapping on AWS (cdk/notify-stack.ts): a record is tried this often, then skipped. */
export const MAX_RETRY_ATTEMPTS = 5;

export function toLambdaRecord(record: _Record, streamArn: string): DynamoDBStreamEvent['Records'][number] {
  return {
    eventID: record.eventID,
    eventName: record.eventName as 'INSERT' | 'MODIFY' | 'REMOVE',
    eventSource: 'aws:dynamodb',
    eventSourceARN: streamArn,
    awsRegion: 'local',
    dynamodb: record.dynamodb as NonNullable<DynamoDBStreamEvent['Records'][number]['dynamodb']>,
  };
}

export async function startStreamPoller(options: {
  dynamo: DynamoDBClient;
  endpoint: string;
  tableName: string;
  handler: StreamHandler;
  onError?: (error: unknown) => void;
}): Promise<StreamPoller> {
  const streams = new DynamoDBStreamsClient({ endpoint: options.endpoint, region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  const table = await options.dynamo.send(new DescribeTableCommand({ TableName: options.tableName }));
  const streamArn = table.Table?.LatestStreamArn;
  if (!streamArn) throw new Error(`table ${options.tableName} has no stream`);

  const iterators = new Map<string, string | undefined>();
  const retries = new Map<string, number>();
  let stopped = false;
  let idleRounds = 0;
  let completedRounds = 0;

  async function pollOnce(): Promise<boolean> {
    let sawRecords = false;
    const description = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }));
    for (const shard of description.StreamDescription?.Shards ?? []) {
      const shardId = shard.ShardId!;
      if (!iterators.has(shardId)) {
        const it = await streams.send(new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: shardId, ShardIteratorType: 'TRIM_HORIZON' }));
        iterators.set(shardId, it.ShardIterator);
      }
      const iterator = iterators.get(shardId);
      if (!iterator) continue;
      const page = await streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 100 }));
      const records = page.Records ?? [];
      if (records.length === 0) {
        iterators.set(shardId, page.NextShardIterator);
        continue;
      }
      sawRecords = true;
      let firstFailure: string | undefined;
      try {
        const result = await options.handler({ Records: records.map((r) => toLambdaRecord(r, streamArn!)) });
        firstFailure = result?.batchItemFailures?.[0]?.itemIdentifier;
      } catch (error) {
        // A handler that throws fails the whole batch, from its first record.
        options.onError?.(error);
        firstFailure = records[0]!.dynamodb?.SequenceNumber;
      }
      if (firstFailure) {
        const tries = (retries.get(firstFailure) ?? 0) + 1;
        retries.set(firstFailure, tries);
        // Like the event source mapping's retry limit: past it the record is skipped (on AWS it goes to
        // the dead-letter queue), so one record can never hold up the ones behind it for good.
        const skip = tries > MAX_RETRY_ATTEMPTS;
        if (skip) options.onError?.(new Error(`stream record ${firstFailure} skipped after ${MAX_RETRY_ATTEMPTS} retries`));
        const retry = await streams.send(
          new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: shardId, ShardIteratorType: skip ? 'AFTER_SEQUENCE_NUMBER' : 'AT_SEQUENCE_NUMBER', SequenceNumber: firstFailure }),
        );
        iterators.set(shardId, retry.ShardIterator);
        if (!skip) await new Promise((r) => setTimeout(r, 1000));
      } else {
        iterators.set(shardId, page.NextShardIterator);
      }
    }
    return sawRecords;
  }

  const loop = (async () => {
    while (!stopped) {
      try {
        const sawRecords = await pollOnce();
        idleRounds = sawRecords ? 0 : idleRounds + 1;
        completedRounds += 1;
      } catch (error) {
        idleRounds = 0;
        if (!stopped) options.onError?.(error);
      }
      if (!stopped) await new Promise((r) => setTimeout(r, POLL_MS));
    }
  })();

  return {
    async stop() {
      stopped = true;
      await loop;
      streams.destroy();
    },
    async drain(timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      const start = completedRounds;
      // A round that began after this call and found nothing new means everything before it was read.
      while (Date.now() < deadline && (completedRounds < start + 2 || idleRounds < 1)) await new Promise((r) => setTimeout(r, POLL_MS));
    },
  };
}
