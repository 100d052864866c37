/**
 * 办件查询 without an account (issue 13 §4): the receipt reference and the last 6 characters of the ID
 * number show the status and next step and nothing else; "no such matter" and "wrong digits" look the
 * same; guessing is limited per address and per reference, however many guesses arrive at once; every
 * attempt is recorded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Platform } from '../../local/platform.js';
import { request, signIn, startTestPlatform, type Client } from '../support/test-platform.js';
import { fictitiousIdNumber } from '../support/fixtures.js';
import { itemsOf, tableClient } from '../support/table.js';
import { answersAbout, submitAbout } from '../support/family.js';

let platform: Platform;
let owner: Client;
let matter: { id: string; reference: string };
const idNumber = fictitiousIdNumber('1952-02-02', '701');

beforeAll(async () => {
  platform = await startTestPlatform({ limits: { progressPerReferencePerHour: 4, progressPerAddressPerHour: 12 } });
  owner = await signIn(platform, '13900000001');
  matter = await submitAbout(owner, answersAbout(idNumber, '13700007001', '13900000001'));
});
afterAll(async () => platform?.stop());

const lookUp = (reference: string, idLast6: string) => request(platform, 'POST', '/progress', { reference, idLast6 });

describe('progress without an account', () => {
  it('shows the status and next step, and nothing that says who the person is', async () => {
    const answer = await lookUp(matter.reference, idNumber.slice(-6));
    expect(answer.status).toBe(200);
    expect(Object.keys(answer.body.progress).sort()).toEqual(['dueOn', 'matter', 'open', 'reference', 'status', 'updatedOn', 'waitingForApplicant']);
    expect(answer.body.progress).toMatchObject({ reference: matter.reference, status: 'submitted', open: true, waitingForApplicant: false });
    const text = JSON.stringify(answer.body);
    for (const secret of [idNumber, idNumber.slice(0, 6), '王建国', '13700007001', matter.id]) expect(text).not.toContain(secret);
    // As people type it: lower case, full-width, spaces.
    const typed = await lookUp(` ${matter.reference.toLowerCase().replace('xb', 'ｘｂ')} `, idNumber.slice(-6).toLowerCase());
    expect(typed.status).toBe(200);
  });

  it('answers a reference that does not exist and wrong digits the same way, and records both', async () => {
    const wrongDigits = await lookUp(matter.reference, '000000');
    const noSuch = await lookUp('XB-2026-999999', idNumber.slice(-6));
    expect(wrongDigits.status).toBe(404);
    expect(noSuch.status).toBe(404);
    expect(wrongDigits.body).toEqual(noSuch.body);
    const dynamo = tableClient(platform);
    const audit = (await itemsOf(dynamo, platform, matter.id, 'AUDIT#')).map((i) => unmarshall(i).action);
    expect(audit).toEqual(expect.arrayContaining(['progressLooked', 'progressLookupRefused']));
    const day = new Date().toISOString().slice(0, 10);
    const unmatched = await dynamo.send(new QueryCommand({ TableName: platform.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': { S: `LOOKUP#${day}` } } }));
    expect((unmatched.Items ?? []).map((i) => unmarshall(i).detail.reference)).toContain('XB-2026-999999');
    dynamo.destroy();
  });

  it('refuses bad input with the question named', async () => {
    const bad = await lookUp('2026-1', '12');
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`).sort()).toEqual(['idLast6:error.idLast6.format', 'reference:error.receiptReference.format']);
  });

  it('limits guesses per reference and per address, however many arrive at once', async () => {
    // Three look-ups of the matter's reference were made above: the fourth is answered, the fifth is over the limit.
    expect((await lookUp(matter.reference, idNumber.slice(-6))).status).toBe(200);
    const limited = await lookUp(matter.reference, idNumber.slice(-6));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    const burst = await Promise.all(Array.from({ length: 200 }, (_, i) => lookUp(`XB-2026-${String(800000 + i)}`, '123456')));
    const statuses = burst.map((b) => b.status);
    // Twelve per address in an hour: six were used above, so six of the burst are answered, the rest refused.
    expect(statuses.filter((s) => s !== 429)).toHaveLength(6);
    expect(statuses.filter((s) => s !== 429).every((s) => s === 404)).toBe(true);
  });
});
