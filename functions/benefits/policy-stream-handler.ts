/**
 * 政策找人 on the table's stream: a valid certificate written as new — a card issued, or a change of
 * grade, which gives the card a new number — runs the engine for its holder (proposals.ts). Records
 * are answered one by one, so a failing one is retried alone; proposals are idempotent, so a retried
 * record makes nothing twice.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Context, DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { wire } from '../adapters/wire.js';
import { policyStreamHandler } from '../routes.js';
import type { Certificate } from '../certificates/certificate.js';
import { proposeFor } from './proposals.js';

const processor = new BatchProcessor(EventType.DynamoDBStreams);
const deps = wire(policyStreamHandler.needs, policyStreamHandler.handler);

/** The certificate a record brings, when it is a newly written valid one. */
export function newCertificateOf(record: DynamoDBRecord): Certificate | undefined {
  const image = record.dynamodb?.NewImage as Record<string, AttributeValue> | undefined;
  if (record.eventName !== 'INSERT' || image?.entity?.S !== 'Certificate' || image.status?.S !== 'valid') return undefined;
  return unmarshall(image) as Certificate;
}

export async function handler(event: DynamoDBStreamEvent, context?: Context): Promise<DynamoDBBatchResponse> {
  return processPartialResponse(
    event,
    async (record: DynamoDBRecord) => {
      const certificate = newCertificateOf(record);
      if (certificate) await proposeFor(deps, certificate, 'certificate');
    },
    processor,
    { ...(context ? { context } : {}), processInParallel: false, throwOnFullBatchFailure: false },
  );
}
