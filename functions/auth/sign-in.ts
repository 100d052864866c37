/**
 * Phone + one-time SMS code. Every answer is the same whether or not the number is registered;
 * a number gets a few codes an hour, a code lives minutes and dies after a few tries. Codes cost
 * money (SMS pumping), so one client address and the whole service get only so many an hour too.
 */
import { createHash, createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import type { OtpStore, RateCounter, SmsSender, User, UserStore } from './ports.js';
import { RateLimitedError, ValidationError } from '../shared/errors.js';
import type { Language } from '../shared/i18n.js';
import { issueSessionToken, type IssuedSession } from './session-tokens.js';
import { signInCodeSms } from '../notifications/templates.js';

export interface SignInDeps {
  users: UserStore;
  otp: OtpStore;
  rates: RateCounter;
  sms: SmsSender;
  now: () => Date;
  newId: () => string;
  secret: string;
  sessionMinutes: number;
  sessionMaxHours: number;
  codesPerHour: number;
  codesPerAddressPerHour: number;
  codesPerHourOverall: number;
  codeTtlSeconds: number;
  maxAttempts: number;
}

const hashCode = (secret: string, phone: string, code: string) => createHmac('sha256', secret).update(`${phone}:${code}`).digest('hex');

function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Client addresses are kept out of keys, which show up in metrics and logs. */
const addressScope = (address: string) => `otp-address#${createHash('sha256').update(address).digest('hex').slice(0, 32)}`;

/** Counts the request against every limit, the cheapest to exceed for an attacker first. */
async function withinCodeLimits(deps: SignInDeps, phone: string, clientAddress: string, now: Date): Promise<boolean> {
  const hour = now.toISOString().slice(0, 13);
  const expiresAt = Math.floor(now.getTime() / 1000) + 2 * 3600;
  return (
    (await deps.rates.take('otp-all', hour, deps.codesPerHourOverall, expiresAt)) &&
    (await deps.rates.take(addressScope(clientAddress), hour, deps.codesPerAddressPerHour, expiresAt)) &&
    (await deps.rates.take(`otp-phone#${phone}`, hour, deps.codesPerHour, expiresAt))
  );
}

export async function requestSignInCode(deps: SignInDeps, phone: string, language: Language, clientAddress: string): Promise<{ expiresInSeconds: number }> {
  const now = deps.now();
  if (!(await withinCodeLimits(deps, phone, clientAddress, now))) throw new RateLimitedError(3600 - now.getUTCMinutes() * 60 - now.getUTCSeconds());

  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  await deps.otp.saveCode(phone, { codeHash: hashCode(deps.secret, phone, code), expiresAt: now.getTime() + deps.codeTtlSeconds * 1000, attempts: 0 });
  // In the language on the person's screen now: their latest choice, not the one stored with the account.
  await deps.sms.send({
    to: phone,
    sms: signInCodeSms(language, code, Math.round(deps.codeTtlSeconds / 60)),
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
  // The try is counted before the code is compared: the sixth of any number of parallel tries finds the code dead.
  const stored = await deps.otp.takeAttempt(phone, deps.maxAttempts, deps.now().getTime());
  if (!stored) throw wrongCode();
  const expected = hashCode(deps.secret, phone, code);
  if (!sameHash(expected, stored.codeHash)) throw wrongCode();
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
