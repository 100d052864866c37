/**
 * The notifier: triggered by the table's stream (DynamoDB Streams on AWS, the local poller in
 * development), it delivers every new outbox event. Failures are reported per record so only those
 * are retried.
 */
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { OutboxEvent } from '../applications/application.js';
import { userStore, noticeStore, deliveryLog, smsSender } from '../adapters/dependencies.js';
import { deliverEvent } from './deliver-event.js';
import { logEvent } from '../shared/log.js';

export async function handler(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  const failures: DynamoDBBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    const image = record.dynamodb?.NewImage;
    if (record.eventName !== 'INSERT' || !image) continue;
    const item = unmarshall(image as Record<string, AttributeValue>);
    if (item.entity !== 'OutboxEvent') continue;
    try {
      await deliverEvent({ users: userStore(), notices: noticeStore(), deliveries: deliveryLog(), sms: smsSender() }, item as OutboxEvent);
    } catch (error) {
      logEvent('error', 'notification delivery failed', { eventId: item.id, error: String(error) });
      failures.push({ itemIdentifier: record.dynamodb?.SequenceNumber ?? '' });
    }
  }
  return { batchItemFailures: failures };
}
