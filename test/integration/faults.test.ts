/**
 * When AWS has a bad moment — DynamoDB throttles, a transaction is cancelled, S3 fails to tag, the SMS
 * gateway is down — the caller gets a clean 503 with Retry-After or the work is retried, nothing is
 * half-written, and sending the same request again with the same Idempotency-Key finishes the job.
 * The faults are real error answers on the wire (local/dynamo-fault-proxy.ts, the S3 proxy, the SMS
 * sink), read by the real SDK with its own retries.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Platform } from '../../local/platform.js';
import { throttled, transactionConflict, transactionThrottled } from '../../local/dynamo-fault-proxy.js';
import { signIn, sinkMessages, startTestPlatform, type Client } from '../support/test-platform.js';
import { completeSelfAnswers, readyToSubmit, uniqueKey } from '../support/applications.js';
import { fictitiousIdNumber } from '../support/fixtures.js';
import { itemsOf, outboxOf, tableClient } from '../support/table.js';

let platform: Platform;
let citizen: Client;
let staff: Client;
let admin: Client;
let dynamo: DynamoDBClient;

beforeAll(async () => {
  platform = await startTestPlatform({ faultInjection: true });
  [citizen, staff, admin] = (await Promise.all(['13900000001', '13800000101', '13800000100'].map((p) => signIn(platform, p)))) as [Client, Client, Client];
  dynamo = tableClient(platform);
});
afterEach(() => {
  platform.faults.dynamo(undefined);
  platform.faults.s3(undefined);
  platform.faults.sms(false);
});
afterAll(async () => {
  dynamo?.destroy();
  await platform?.stop();
});

let person = 300;
const draftFor = () => readyToSubmit(citizen, { ...completeSelfAnswers, personIdNumber: fictitiousIdNumber('1966-06-06', String(++person)) });

async function statusOf(id: string) {
  return (await citizen.call('GET', `/applications/${id}`)).body.application.status as string;
}

function expectUnavailable(answer: { status: number; headers: Headers; body: { type: string } }) {
  expect(answer.status).toBe(503);
  expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(answer.body.type).toBe('/problems/unavailable');
}

describe('DynamoDB faults', () => {
  it('answers a submit whose transaction is throttled with 503, writes nothing, and finishes on a retry with the same key', async () => {
    const draft = await draftFor();
    const key = uniqueKey('submit');
    let cancelled = 0;
    platform.faults.dynamo((operation) => (operation === 'TransactWriteItems' ? (cancelled++, transactionThrottled(4)) : undefined));
    const failed = await citizen.call('POST', `/applications/${draft.id}/submit`, { version: draft.version }, { 'idempotency-key': key });
    expectUnavailable(failed);
    expect(cancelled).toBeGreaterThan(0);
    platform.faults.dynamo(undefined);

    expect(await statusOf(draft.id)).toBe('draft');
    expect(await itemsOf(dynamo, platform, draft.id, 'TL#')).toHaveLength(0);
    expect(await outboxOf(dynamo, platform, draft.id)).toHaveLength(0);

    const retried = await citizen.call('POST', `/applications/${draft.id}/submit`, { version: draft.version }, { 'idempotency-key': key });
    expect(retried.status, JSON.stringify(retried.body)).toBe(201);
    expect(await statusOf(draft.id)).toBe('submitted');
    expect(await outboxOf(dynamo, platform, draft.id)).toHaveLength(1);
  });

  it('answers a staff decision that fails half-way with 503 and leaves the matter, its timeline and audit as they were', async () => {
    const draft = await draftFor();
    const submitted = await citizen.call('POST', `/applications/${draft.id}/submit`, { version: draft.version }, { 'idempotency-key': uniqueKey('submit') });
    const version = submitted.body.receipt.version as number;
    const timelineBefore = (await itemsOf(dynamo, platform, draft.id, 'TL#')).length;
    const auditBefore = await itemsOf(dynamo, platform, draft.id, 'AUDIT#');

    platform.faults.dynamo((operation) => (operation === 'TransactWriteItems' ? transactionThrottled(5) : undefined));
    expectUnavailable(await staff.call('POST', `/staff/applications/${draft.id}/decisions`, { action: 'accept', version }));
    platform.faults.dynamo(undefined);

    expect(await statusOf(draft.id)).toBe('submitted');
    expect(await itemsOf(dynamo, platform, draft.id, 'TL#')).toHaveLength(timelineBefore);
    // Only the looks (views) are audited on their own; no decision entry was written.
    expect((await itemsOf(dynamo, platform, draft.id, 'AUDIT#')).filter((a) => a.action?.S === 'accept')).toHaveLength(0);
    expect(auditBefore.filter((a) => a.action?.S === 'accept')).toHaveLength(0);
    const accepted = await staff.call('POST', `/staff/applications/${draft.id}/decisions`, { action: 'accept', version });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
  });

  it('sends a transaction again when it collided with another (many people booking one session), and answers 503 only when collisions last', async () => {
    const once = await draftFor();
    let collisions = 0;
    platform.faults.dynamo((operation) => (operation === 'TransactWriteItems' && ++collisions <= 2 ? transactionConflict(4) : undefined));
    const submitted = await citizen.call('POST', `/applications/${once.id}/submit`, { version: once.version }, { 'idempotency-key': uniqueKey('submit') });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(201);
    expect(collisions).toBe(3);
    expect(await outboxOf(dynamo, platform, once.id)).toHaveLength(1);

    const always = await draftFor();
    platform.faults.dynamo((operation) => (operation === 'TransactWriteItems' ? transactionConflict(4) : undefined));
    expectUnavailable(await citizen.call('POST', `/applications/${always.id}/submit`, { version: always.version }, { 'idempotency-key': uniqueKey('submit') }));
    platform.faults.dynamo(undefined);
    expect(await statusOf(always.id)).toBe('draft');
    expect(await outboxOf(dynamo, platform, always.id)).toHaveLength(0);
  });

  it('retries a throttled read inside the SDK and answers 503 only when throttling lasts', async () => {
    let reads = 0;
    platform.faults.dynamo((operation) => (operation === 'Query' && ++reads <= 1 ? throttled : undefined));
    expect((await citizen.call('GET', '/applications')).status).toBe(200);
    expect(reads).toBeGreaterThan(1);

    platform.faults.dynamo((operation) => (operation === 'Query' ? throttled : undefined));
    expectUnavailable(await citizen.call('GET', '/applications'));
  });
});

describe('S3 faults', () => {
  it('answers a submit whose documents cannot be tagged with 503 and submits on a retry with the same key', async () => {
    const draft = await draftFor();
    const key = uniqueKey('submit');
    platform.faults.s3(({ method, url }) => (method === 'PUT' && url.includes('tagging') ? { status: 503, code: 'SlowDown' } : undefined));
    expectUnavailable(await citizen.call('POST', `/applications/${draft.id}/submit`, { version: draft.version }, { 'idempotency-key': key }));
    platform.faults.s3(undefined);
    expect(await statusOf(draft.id)).toBe('draft');
    expect((await citizen.call('POST', `/applications/${draft.id}/submit`, { version: draft.version }, { 'idempotency-key': key })).status).toBe(201);
  });
});

describe('SMS gateway faults', () => {
  it('retries a message while the gateway is down, sets it aside after three tries (the notice and the matter say so), and a replay delivers it once', async () => {
    platform.faults.sms(true);
    const draft = await draftFor();
    const submitted = await citizen.call('POST', `/applications/${draft.id}/submit`, { version: draft.version }, { 'idempotency-key': uniqueKey('submit') });
    const reference = submitted.body.receipt.reference as string;
    const eventId = (await outboxOf(dynamo, platform, draft.id))[0]!.id!.S!;

    let parked: { id: string; attempts: number; type?: string }[] = [];
    for (let waited = 0; waited < 20 && !parked.some((n) => n.id === eventId); waited++) {
      await new Promise((r) => setTimeout(r, 500));
      parked = (await admin.call('GET', '/admin/failed-notices')).body.notices;
    }
    expect(parked.find((n) => n.id === eventId)).toMatchObject({ attempts: 3, type: 'submitted' });
    expect(sinkMessages(platform).filter((m) => m.text.includes(reference))).toHaveLength(0);
    // The in-app notice says the SMS did not arrive, and staff see it on the matter.
    const failedNotice = (await citizen.call('GET', '/notices')).body.notices.find((n: { id: string }) => n.id === eventId);
    expect(failedNotice).toMatchObject({ smsFailed: true });
    const undelivered = (await staff.call('GET', `/staff/applications/${draft.id}`)).body.undelivered;
    expect(undelivered).toEqual([expect.objectContaining({ action: 'smsFailed', detail: { event: 'submitted', recipient: 'owner', to: '139****0001' } })]);

    // Whatever is written after the set-aside event still flows.
    platform.faults.sms(false);
    const other = await draftFor();
    const otherReceipt = await citizen.call('POST', `/applications/${other.id}/submit`, { version: other.version }, { 'idempotency-key': uniqueKey('submit') });
    await platform.drainNotifications();
    expect(sinkMessages(platform).filter((m) => m.text.includes(otherReceipt.body.receipt.reference))).toHaveLength(1);

    expect((await admin.call('POST', `/admin/failed-notices/${encodeURIComponent(eventId)}/replay`)).status).toBe(202);
    expect((await admin.call('POST', `/admin/failed-notices/${encodeURIComponent(eventId)}/replay`)).status).toBe(404);
    await platform.drainNotifications();
    expect(sinkMessages(platform).filter((m) => m.text.includes(reference))).toHaveLength(1);
    expect((await admin.call('GET', '/admin/failed-notices')).body.notices.some((n: { id: string }) => n.id === eventId)).toBe(false);
    const notices = (await citizen.call('GET', '/notices')).body.notices.filter((n: { applicationId: string }) => n.applicationId === draft.id);
    expect(notices).toHaveLength(1);
  });
});
