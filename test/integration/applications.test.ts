import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { itemsOf as itemsOfTable, outboxOf as outboxOfTable, tableClient } from '../support/table.js';
import type { Platform } from '../../local/platform.js';
import { request, signIn, startTestPlatform, type Client } from '../support/test-platform.js';
import { completeSelfAnswers, createDraft, readyToSubmit, uniqueKey } from '../support/applications.js';

let platform: Platform;
let citizen: Client;
let dynamo: DynamoDBClient;

beforeAll(async () => {
  platform = await startTestPlatform();
  citizen = await signIn(platform, '13900000001');
  dynamo = tableClient(platform);
});
afterAll(async () => {
  dynamo?.destroy();
  await platform?.stop();
});

const itemsOf = (applicationId: string, prefix: string) => itemsOfTable(dynamo, platform, applicationId, prefix);

const outboxEventsFor = (applicationId: string) => outboxOfTable(dynamo, platform, applicationId);

describe('drafts', () => {
  it('saves a draft and resumes it from another device with the same answers', async () => {
    const draft = await createDraft(citizen, { forWhom: 'self', category: '2' });
    const saved = await citizen.call('PUT', `/applications/${draft.id}`, { version: draft.version, answers: { forWhom: 'self', category: '2', personName: '阿卜杜·热合曼' } });
    expect(saved.status).toBe(200);

    const otherDevice = await signIn(platform, '13900000001');
    const resumed = await otherDevice.call('GET', `/applications/${draft.id}`);
    expect(resumed.status).toBe(200);
    expect(resumed.body.application).toMatchObject({ status: 'draft', version: 2, answers: { personName: '阿卜杜·热合曼', category: '2' } });
  });

  it('refuses a save on a stale version with 409 and the current version, keeping the newer answers', async () => {
    const draft = await createDraft(citizen, { forWhom: 'self' });
    expect((await citizen.call('PUT', `/applications/${draft.id}`, { version: 1, answers: { personName: '甲' } })).status).toBe(200);
    const stale = await citizen.call('PUT', `/applications/${draft.id}`, { version: 1, answers: { personName: '乙' } });
    expect(stale.status).toBe(409);
    expect(stale.headers.get('content-type')).toBe('application/problem+json');
    expect(stale.body).toMatchObject({ type: '/problems/stale-version', current: { status: 'draft', version: 2 } });
    expect((await citizen.call('GET', `/applications/${draft.id}`)).body.application.answers.personName).toBe('甲');
  });

  it('answers bad input with problem+json naming each field, in Chinese by default and in English when asked', async () => {
    const draft = await createDraft(citizen, { forWhom: 'self' });
    const bad = { version: draft.version, answers: { personIdNumber: '110105194912310021', personPhone: '12345' } };
    const zh = await citizen.call('PUT', `/applications/${draft.id}`, bad);
    expect(zh.status).toBe(400);
    expect(zh.body.title).toBe('有些内容需要修改');
    expect(zh.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'answers.personIdNumber', code: 'error.idNumber.checksum', detail: expect.stringContaining('校验码') }),
        expect.objectContaining({ field: 'answers.personPhone', code: 'error.phone.invalid' }),
      ]),
    );
    const en = await citizen.call('PUT', `/applications/${draft.id}`, bad, { 'accept-language': 'en-GB,en;q=0.9' });
    expect(en.body.title).toBe('Some information needs correcting');
    expect(en.body.errors.find((e: { code: string }) => e.code === 'error.idNumber.checksum').detail).toMatch(/check digit/);
    expect((await citizen.call('GET', `/applications/${draft.id}`)).body.application.version).toBe(draft.version);
  });

  it('answers malformed JSON with 400, not 500', async () => {
    const draft = await createDraft(citizen, { forWhom: 'self' });
    const response = await citizen.call('PUT', `/applications/${draft.id}`, '{"version": 1, "answers": ');
    expect(response.status).toBe(400);
    expect(response.body.type).toBe('/problems/validation');
  });
});

describe('creating and submitting exactly once', () => {
  it('20 concurrent creates with one Idempotency-Key make one draft and give identical answers', async () => {
    const before = (await citizen.call('GET', '/applications')).body.applications.length;
    const key = uniqueKey('create-race');
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => citizen.call('POST', '/applications', { answers: { forWhom: 'self' } }, { 'idempotency-key': key })),
    );
    expect(new Set(responses.map((r) => r.status))).toEqual(new Set([201]));
    expect(new Set(responses.map((r) => JSON.stringify(r.body))).size).toBe(1);
    expect((await citizen.call('GET', '/applications')).body.applications.length).toBe(before + 1);
  });

  it('20 concurrent submits with one Idempotency-Key store one submission and all get the same receipt', async () => {
    const draft = await readyToSubmit(citizen);
    const key = uniqueKey('submit-race');
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => citizen.call('POST', `/applications/${draft.id}/submit`, { version: draft.version }, { 'idempotency-key': key })),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(201));
    expect(new Set(responses.map((r) => JSON.stringify(r.body))).size).toBe(1);
    expect(responses[0]!.body.receipt.reference).toMatch(/^XB-\d{4}-\d{6}$/);

    expect(await itemsOf(draft.id, 'TL#')).toHaveLength(1);
    expect(await outboxEventsFor(draft.id)).toHaveLength(1);
    const detail = await citizen.call('GET', `/applications/${draft.id}`);
    expect(detail.body.application).toMatchObject({ status: 'submitted', reference: responses[0]!.body.receipt.reference });
    expect(detail.body.timeline).toEqual([expect.objectContaining({ event: 'submitted', status: 'submitted', actor: 'citizen' })]);
  });

  it('a retry after a lost answer replays the receipt; a second submission with a new key is a 409, not a second application', async () => {
    const draft = await readyToSubmit(citizen);
    const key = uniqueKey('submit-retry');
    const first = await citizen.call('POST', `/applications/${draft.id}/submit`, { version: draft.version }, { 'idempotency-key': key });
    const retry = await citizen.call('POST', `/applications/${draft.id}/submit`, { version: draft.version }, { 'idempotency-key': key });
    expect(retry.status).toBe(first.status);
    expect(retry.body).toEqual(first.body);
    const again = await citizen.call('POST', `/applications/${draft.id}/submit`, { version: draft.version }, { 'idempotency-key': uniqueKey('other') });
    expect(again.status).toBe(409);
    expect(await outboxEventsFor(draft.id)).toHaveLength(1);
  });

  it('refuses a submission of an out-of-date version with 409 and the current version', async () => {
    const draft = await readyToSubmit(citizen);
    const stale = await citizen.call('POST', `/applications/${draft.id}/submit`, { version: draft.version + 1 }, { 'idempotency-key': uniqueKey('stale') });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ type: '/problems/stale-version', current: { status: 'draft', version: draft.version } });
    expect(await outboxEventsFor(draft.id)).toHaveLength(0);
  });

  it('the same key with a different body is refused with 422', async () => {
    const key = uniqueKey('reuse');
    expect((await citizen.call('POST', '/applications', { answers: { forWhom: 'self' } }, { 'idempotency-key': key })).status).toBe(201);
    const reused = await citizen.call('POST', '/applications', { answers: { forWhom: 'other' } }, { 'idempotency-key': key });
    expect(reused.status).toBe(422);
    expect(reused.body.type).toBe('/problems/idempotency-key-reused');
  });

  it('a create or submit without an Idempotency-Key is refused with 400', async () => {
    const response = await citizen.call('POST', '/applications', { answers: {} });
    expect(response.status).toBe(400);
    expect(response.body.type).toBe('/problems/idempotency-key-missing');
  });

  it('an incomplete application is refused with every missing answer and document listed at once', async () => {
    const draft = await createDraft(citizen, { ...completeSelfAnswers, personPhone: undefined });
    const response = await citizen.call('POST', `/applications/${draft.id}/submit`, { version: draft.version }, { 'idempotency-key': uniqueKey('incomplete') });
    expect(response.status).toBe(400);
    expect(response.body.type).toBe('/problems/incomplete-application');
    expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(['personPhone']);

    await citizen.call('PUT', `/applications/${draft.id}`, { version: draft.version, answers: completeSelfAnswers });
    const noDocuments = await citizen.call('POST', `/applications/${draft.id}/submit`, { version: draft.version + 1 }, { 'idempotency-key': uniqueKey('nodocs') });
    expect(noDocuments.body.errors.map((e: { field: string }) => e.field)).toEqual(['documents.idCard', 'documents.photo', 'documents.medicalRecords']);
  });

  it('lists my applications with ID numbers masked', async () => {
    const list = await citizen.call('GET', '/applications');
    const withId = list.body.applications.find((a: { personIdNumberMasked?: string }) => a.personIdNumberMasked);
    expect(withId.personIdNumberMasked).toBe('110105********002X');
    expect(JSON.stringify(list.body)).not.toContain('11010519491231002X');
  });

  it('lets the applicant withdraw a submitted application, once', async () => {
    const draft = await readyToSubmit(citizen);
    const submitted = await citizen.call('POST', `/applications/${draft.id}/submit`, { version: draft.version }, { 'idempotency-key': uniqueKey('s') });
    const withdrawn = await citizen.call('POST', `/applications/${draft.id}/withdraw`, { version: submitted.body.receipt.version }, { 'idempotency-key': uniqueKey('w') });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.application.status).toBe('withdrawn');
    const again = await citizen.call('POST', `/applications/${draft.id}/withdraw`, { version: withdrawn.body.application.version }, { 'idempotency-key': uniqueKey('w') });
    expect(again.status).toBe(409);
  });
});

describe('access', () => {
  it('another citizen gets 404 for everything about my application and its documents', async () => {
    const draft = await readyToSubmit(citizen);
    const doc = (await citizen.call('GET', `/applications/${draft.id}`)).body.documents[0];
    const other = await signIn(platform, '13900000002');
    const attempts = [
      await other.call('GET', `/applications/${draft.id}`),
      await other.call('PUT', `/applications/${draft.id}`, { version: draft.version, answers: {} }),
      await other.call('POST', `/applications/${draft.id}/submit`, { version: draft.version }, { 'idempotency-key': uniqueKey() }),
      await other.call('POST', `/applications/${draft.id}/documents`, { kind: 'photo', fileName: 'a.png', contentType: 'image/png', size: 10 }, { 'idempotency-key': uniqueKey() }),
      await other.call('POST', `/applications/${draft.id}/documents/${doc.id}/confirm`),
      await other.call('GET', `/applications/${draft.id}/documents/${doc.id}/link`),
      await other.call('DELETE', `/applications/${draft.id}/documents/${doc.id}`),
    ];
    expect(attempts.map((a) => a.status)).toEqual(Array(attempts.length).fill(404));
    expect(JSON.stringify(attempts.map((a) => a.body))).not.toContain('王秀英');
    expect((await other.call('GET', '/applications')).body.applications.map((a: { id: string }) => a.id)).not.toContain(draft.id);
  });

  it('refuses calls without a valid session with 401, and staff on citizen routes with 403', async () => {
    expect((await request(platform, 'GET', '/applications')).status).toBe(401);
    expect((await request(platform, 'GET', '/applications', undefined, { authorization: `Bearer ${citizen.token}x` })).status).toBe(401);
    const staff = await signIn(platform, '13800000101');
    const response = await staff.call('GET', '/applications');
    expect(response.status).toBe(403);
    expect(response.body.type).toBe('/problems/forbidden');
  });
});

describe('OpenAPI', () => {
  it('serves a document generated from the route table and the zod schemas', async () => {
    const response = await request(platform, 'GET', '/openapi.json');
    expect(response.status).toBe(200);
    const submit = response.body.paths['/api/applications/{id}/submit'].post;
    expect(submit.parameters.map((p: { name: string }) => p.name)).toContain('Idempotency-Key');
    const create = response.body.paths['/api/applications'].post.requestBody.content['application/json'].schema;
    expect(create.properties.answers.properties.category.enum).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });
});
