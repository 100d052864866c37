/**
 * Phone + one-time SMS code. Every answer is the same whether or not the number is registered;
 * a number gets a few codes an hour, a code lives minutes and dies after a few wrong tries.
 */
import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import type { OtpStore, SmsSender, User, UserStore } from './ports.js';
import { RateLimitedError, ValidationError } from '../shared/errors.js';
import type { Language } from '../shared/i18n.js';
import { issueSessionToken, type IssuedSession } from './session-tokens.js';
import { signInCodeText } from '../notifications/templates.js';

export interface SignInDeps {
  users: UserStore;
  otp: OtpStore;
  sms: SmsSender;
  now: () => Date;
  newId: () => string;
  secret: string;
  sessionMinutes: number;
  sessionMaxHours: number;
  codesPerHour: number;
  codeTtlSeconds: number;
  maxAttempts: number;
}

const hashCode = (secret: string, phone: string, code: string) => createHmac('sha256', secret).update(`${phone}:${code}`).digest('hex');

function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export async function requestSignInCode(deps: SignInDeps, phone: string, language: Language): Promise<{ expiresInSeconds: number }> {
  const now = deps.now();
  const hour = now.toISOString().slice(0, 13);
  const allowed = await deps.otp.countRequest(phone, hour, deps.codesPerHour, Math.floor(now.getTime() / 1000) + 2 * 3600);
  if (!allowed) throw new RateLimitedError(3600 - now.getUTCMinutes() * 60 - now.getUTCSeconds());

  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  await deps.otp.saveCode(phone, { codeHash: hashCode(deps.secret, phone, code), expiresAt: now.getTime() + deps.codeTtlSeconds * 1000, attempts: 0 });
  // In the language on the person's screen now: their latest choice, not the one stored with the account.
  await deps.sms.send({
    to: phone,
    text: signInCodeText(language, code, Math.round(deps.codeTtlSeconds / 60)),
    dedupeKey: `otp:${phone}:${now.getTime()}`,
  });
  return { expiresInSeconds: deps.codeTtlSeconds };
}

const wrongCode = () => new ValidationError([{ field: 'code', code: 'error.code.wrong' }]);

export async function verifySignInCode(
  deps: SignInDeps,
  phone: string,
  code: string,
  language: Language,
): Promise<IssuedSession & { user: User }> {
  const stored = await deps.otp.getCode(phone);
  if (!stored || stored.codeHash === 'used' || stored.expiresAt < deps.now().getTime() || stored.attempts >= deps.maxAttempts) throw wrongCode();

  const expected = hashCode(deps.secret, phone, code);
  if (!sameHash(expected, stored.codeHash)) {
    await deps.otp.recordWrongTry(phone, deps.maxAttempts);
    throw wrongCode();
  }
  if (!(await deps.otp.consumeCode(phone, expected))) throw wrongCode();

  const user = await deps.users.createOrGet({
    userId: deps.newId(),
    phone,
    roles: ['citizen'],
    language,
    createdAt: deps.now().toISOString(),
  });
  const session = await issueSessionToken(user, deps.secret, { idleMinutes: deps.sessionMinutes, maxHours: deps.sessionMaxHours, now: deps.now() });
  return { ...session, user };
}
