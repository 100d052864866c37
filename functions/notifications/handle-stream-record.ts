import type { DynamoDBRecord } from 'aws-lambda';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { OutboxEvent } from '../matters/matter.js';
import type { FailedNotices } from './ports.js';
import { isOutboxImage, readOutboxImage } from './outbox-event.js';
import { maskSensitive } from '../shared/log.js';
import type { AlertMetric } from '../shared/metrics.js';

export interface StreamRecordDeps {
  deliver(event: OutboxEvent): Promise<void>;
  failures: FailedNotices;
  /** Counts what operators are alerted on (CloudWatch metrics on AWS). */
  count(metric: AlertMetric): void;
  now: () => Date;
  /** Tries before an event is set aside for a person to look at and replay. */
  maxAttempts: number;
  /** Told when an event is set aside after its last try: the notices and the matter say what did not arrive. */
  undelivered?(event: OutboxEvent, error: unknown): Promise<void>;
}

const reasonOf = (error: unknown) => maskSensitive(error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 500);

/**
 * One stream record. Anything but a new outbox event is passed over without being read. An event that
 * cannot be read, or that keeps failing, is kept whole (so it can be replayed at any time) and set
 * aside, and the records behind it flow on; a failure before that is thrown, so the stream retries it.
 */
export async function handleStreamRecord(deps: StreamRecordDeps, record: DynamoDBRecord): Promise<void> {
  const image = record.dynamodb?.NewImage as Record<string, AttributeValue> | undefined;
  if (record.eventName !== 'INSERT' || !isOutboxImage(image)) return;
  const id = image.id?.S ?? `sequence-${record.dynamodb?.SequenceNumber ?? 'unknown'}`;
  const at = deps.now().toISOString();

  const read = readOutboxImage(image);
  if ('unreadable' in read) {
    await deps.failures.park({ id, image: JSON.stringify(image), reason: read.unreadable, at });
    deps.count('NotificationParked');
    return;
  }
  try {
    await deps.deliver(read.event);
  } catch (error) {
    const failure = { id, image: JSON.stringify(image), reason: reasonOf(error), at };
    const attempts = await deps.failures.recordAttempt(failure);
    if (attempts >= deps.maxAttempts) {
      await deps.failures.park(failure);
      deps.count('NotificationParked');
      await deps.undelivered?.(read.event, error);
      return;
    }
    deps.count('NotificationRetried');
    throw error;
  }
}
