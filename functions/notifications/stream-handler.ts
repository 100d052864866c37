/**
 * The notifier: triggered by the table's stream (DynamoDB Streams on AWS, the local poller in
 * development), it delivers every new outbox event. Powertools' batch processor reports failed records
 * one by one, so only those are retried; one that keeps failing is set aside (handle-stream-record.ts).
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { countMetric } from '../shared/metrics.js';
import type { Context, DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { wire } from '../adapters/wire.js';
import { streamHandler } from '../routes.js';
import { deliverEvent } from './deliver-event.js';
import { handleStreamRecord, type StreamRecordDeps } from './handle-stream-record.js';
import { deliveryDeps } from './notifier-deps.js';
import { failuresOf, recordUndelivered } from './undelivered.js';

const processor = new BatchProcessor(EventType.DynamoDBStreams);
const MAX_ATTEMPTS = 3;

const adapters = wire(streamHandler.needs, streamHandler.handler);
const delivery = deliveryDeps(adapters);
const recordDeps: StreamRecordDeps = {
  deliver: (event) => deliverEvent(delivery, event),
  undelivered: (event, error) => recordUndelivered(delivery, event, failuresOf(error)),
  get failures() {
    return adapters.failedNotices;
  },
  count: countMetric,
  now: adapters.now,
  maxAttempts: MAX_ATTEMPTS,
};

export async function handler(event: DynamoDBStreamEvent, context?: Context): Promise<DynamoDBBatchResponse> {
  return processPartialResponse(event, (record: DynamoDBRecord) => handleStreamRecord(recordDeps, record), processor, {
    ...(context ? { context } : {}),
    // Stream order matters (a correction request before its reminder), and a batch that fails whole is
    // still answered item by item rather than thrown.
    processInParallel: false,
    throwOnFullBatchFailure: false,
  });
}
