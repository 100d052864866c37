/**
 * Limits that hold however many requests arrive at once: SMS codes cost money, so one client address
 * gets only so many an hour whatever numbers it asks for; a staff member reveals only so many full ID
 * numbers an hour (more is how a leak looks). A platform of its own, with low limits: they are read
 * once per process.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Platform } from '../../local/platform.js';
import { request, signIn, sinkMessages, startTestPlatform } from '../support/test-platform.js';
import { readyToSubmit, uniqueKey } from '../support/applications.js';
import { itemsOf, tableClient } from '../support/table.js';

const PER_ADDRESS = 8;
const REVEALS = 3;
let platform: Platform;

beforeAll(async () => {
  platform = await startTestPlatform({ limits: { otpPerAddressPerHour: PER_ADDRESS, revealsPerHour: REVEALS } });
});
afterAll(async () => platform?.stop());

it('lets a staff member reveal only so many full numbers an hour, even all at once, and audits only those shown', async () => {
  // Signed in before the code test below uses up this address's codes.
  const [citizen, staff] = await Promise.all([signIn(platform, '13900000001'), signIn(platform, '13800000101')]);
  const draft = await readyToSubmit(citizen);
  await citizen.call('POST', `/applications/${draft.id}/submit`, { version: draft.version }, { 'idempotency-key': uniqueKey('s') });
  const answers = await Promise.all(Array.from({ length: 20 }, () => staff.call('POST', `/staff/applications/${draft.id}/reveal`, { field: 'personIdNumber' })));
  expect(answers.filter((a) => a.status === 200)).toHaveLength(REVEALS);
  expect(answers.filter((a) => a.status === 429)).toHaveLength(20 - REVEALS);
  const dynamo = tableClient(platform);
  expect((await itemsOf(dynamo, platform, draft.id, 'AUDIT#')).filter((a) => a.action?.S === 'revealed')).toHaveLength(REVEALS);
  dynamo.destroy();
});

it('refuses codes for more numbers than the per-address limit, even when asked for all at once, and says when to try again', async () => {
  const codesSent = () => sinkMessages(platform).filter((m) => m.dedupeKey.startsWith('otp:')).length;
  const left = PER_ADDRESS - codesSent();
  const phones = Array.from({ length: 60 }, (_, i) => `1360000${String(i).padStart(4, '0')}`);
  const answers = await Promise.all(phones.map((phone) => request(platform, 'POST', '/auth/code', { phone })));
  expect(answers.filter((a) => a.status === 202)).toHaveLength(left);
  const refused = answers.filter((a) => a.status === 429);
  expect(refused).toHaveLength(60 - left);
  expect(Number(refused[0]!.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(refused[0]!.body.detail).toMatch(/分钟后再试/);
  expect(codesSent()).toBe(PER_ADDRESS);
});
