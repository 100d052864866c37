/** Six-digit codes sent by SMS to show a phone is in someone's hand: kept only as a salted hash, tried a few times. */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { CodeStore } from './ports.js';

const hashOf = (salt: string, code: string) => createHash('sha256').update(`${salt}:${code}`).digest('hex');

export function newCode(): { code: string; codeHash: string; salt: string } {
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const salt = randomBytes(16).toString('hex');
  return { code, codeHash: hashOf(salt, code), salt };
}

/** The code's payload when `code` is right, still fresh and not tried too often; the try is counted before comparing. */
export async function redeemCode(
  codes: CodeStore,
  purpose: string,
  id: string,
  code: string,
  limits: { maxAttempts: number; nowMs: number },
): Promise<Record<string, string> | undefined> {
  const stored = await codes.takeAttempt(purpose, id, limits.maxAttempts, limits.nowMs);
  if (!stored) return undefined;
  const expected = Buffer.from(hashOf(stored.salt, code));
  const actual = Buffer.from(stored.codeHash);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return undefined;
  if (!(await codes.consume(purpose, id, stored.codeHash))) return undefined;
  return stored.payload ?? {};
}
