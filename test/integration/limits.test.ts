/**
 * SMS codes cost money: one client address gets only so many an hour, whatever numbers it asks for
 * (a platform of its own, because the limit is read once per process).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Platform } from '../../local/platform.js';
import { request, sinkMessages, startTestPlatform } from '../support/test-platform.js';

const PER_ADDRESS = 8;
let platform: Platform;

beforeAll(async () => {
  platform = await startTestPlatform({ limits: { otpPerAddressPerHour: PER_ADDRESS } });
});
afterAll(async () => platform?.stop());

it('refuses codes for more numbers than the per-address limit, even when asked for all at once, and says when to try again', async () => {
  const phones = Array.from({ length: 60 }, (_, i) => `1360000${String(i).padStart(4, '0')}`);
  const answers = await Promise.all(phones.map((phone) => request(platform, 'POST', '/auth/code', { phone })));
  expect(answers.filter((a) => a.status === 202)).toHaveLength(PER_ADDRESS);
  const refused = answers.filter((a) => a.status === 429);
  expect(refused).toHaveLength(60 - PER_ADDRESS);
  expect(Number(refused[0]!.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(refused[0]!.body.detail).toMatch(/分钟后再试/);
  expect(sinkMessages(platform).filter((m) => m.dedupeKey.startsWith('otp:'))).toHaveLength(PER_ADDRESS);
});
