/**
 * How each person hears from us: in-app always, SMS unless they switch it off, e-mail once they have
 * verified an address by the link sent to it and chosen it. Language has its own route (auth/).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Channels, RateCounter, UserStore } from '../auth/ports.js';
import type { Caller } from '../shared/http/caller.js';
import { RateLimitedError, ValidationError } from '../shared/errors.js';
import type { Language } from '../shared/i18n.js';
import { maskEmail } from '../domain/email.js';
import { sendDirect, type MessageDeps } from '../family/messages.js';
import type { EmailTokens } from './ports.js';

export interface PreferenceDeps extends MessageDeps {
  users: Pick<UserStore, 'get' | 'setChannels' | 'setEmail'>;
  emailTokens: EmailTokens;
  rates: RateCounter;
  linkHours: number;
}

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');
/** Verification e-mails one account may ask for in an hour. */
const EMAILS_PER_HOUR = 5;

export async function setChannels(deps: PreferenceDeps, caller: Caller, channels: Channels): Promise<Channels> {
  const user = await deps.users.get(caller.userId);
  if (channels.email && !user?.email) throw new ValidationError([{ field: 'email', code: 'error.email.notVerified' }]);
  await deps.users.setChannels(caller.userId, channels);
  return channels;
}

/** Sends a link to the address; it becomes the person's only when the link is opened. */
export async function requestEmailVerification(deps: PreferenceDeps, caller: Caller, email: string, language: Language): Promise<{ sentTo: string; hours: number }> {
  const now = deps.now();
  if (!(await deps.rates.take(`email-verify#${caller.userId}`, now.toISOString().slice(0, 13), EMAILS_PER_HOUR, Math.floor(now.getTime() / 1000) + 2 * 3600))) {
    throw new RateLimitedError(3600 - now.getUTCMinutes() * 60 - now.getUTCSeconds(), 'other');
  }
  const token = randomBytes(32).toString('base64url');
  await deps.emailTokens.save(hashOf(token), { userId: caller.userId, email, expiresAt: now.getTime() + deps.linkHours * 3600 * 1000 });
  await sendDirect(deps, 'email.verify', { token, hours: String(deps.linkHours) }, { email, language });
  return { sentTo: maskEmail(email), hours: deps.linkHours };
}

/** The link was opened (signed in or not, on any device): the address is verified for the account that asked. */
export async function verifyEmailToken(deps: PreferenceDeps, token: string): Promise<{ email: string }> {
  const found = await deps.emailTokens.take(hashOf(token), deps.now().getTime());
  if (!found) throw new ValidationError([{ field: 'token', code: 'error.email.linkExpired' }]);
  await deps.users.setEmail(found.userId, found.email, deps.now().toISOString());
  return { email: maskEmail(found.email) };
}
