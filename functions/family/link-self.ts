/**
 * An adult links their own account to themselves: their ID number and name (checked by real-name
 * verification), then a code sent to the mobile number on our records of them (a matter, the card).
 * Every answer to the first step is the same whether or not we know the person, so nobody can learn
 * from it whether someone has a matter here.
 */
import type { RateCounter } from '../auth/ports.js';
import type { Caller } from '../shared/http/caller.js';
import { RateLimitedError, ValidationError } from '../shared/errors.js';
import type { Language } from '../shared/i18n.js';
import { maskIdNumber, parseIdNumber, ageOn } from '../domain/id-number.js';
import { shanghaiDate } from '../domain/time.js';
import { personKey } from '../matters/subject.js';
import { newCode, redeemCode } from './codes.js';
import { personRecords, type RecordsDeps } from './records.js';
import { sendDirect, type MessageDeps } from './messages.js';
import type { CodeStore, PersonProfile, PersonStore, RealNameCheck } from './ports.js';

export interface LinkDeps extends RecordsDeps, MessageDeps {
  persons: PersonStore;
  codes: CodeStore;
  rates: RateCounter;
  realName: RealNameCheck;
  limits: { codesPerHour: number; codeTtlSeconds: number; maxAttempts: number };
}

const PURPOSE = 'link';

async function audit(deps: LinkDeps, key: string, caller: Caller, action: string, detail?: Record<string, string>) {
  const at = deps.now().toISOString();
  await deps.persons.recordAudit(key, { id: deps.newId(), at, actorUserId: caller.userId, actorName: 'account', action, ...(detail ? { detail } : {}) });
}

/** Sends a code to the number on record when the details match; the answer never says whether they did. */
export async function requestLinkCode(deps: LinkDeps, caller: Caller, idNumber: string, name: string, language: Language): Promise<{ expiresInSeconds: number }> {
  const now = deps.now();
  const facts = parseIdNumber(idNumber);
  if (!facts.ok) throw new ValidationError([{ field: 'ownIdNumber', code: `error.idNumber.${facts.problem}` }]);
  if (ageOn(facts.facts.birthDate, shanghaiDate(now)) < 18) throw new ValidationError([{ field: 'ownIdNumber', code: 'error.link.adultsOnly' }]);
  if (await deps.persons.linkOfAccount(caller.userId)) throw new ValidationError([{ field: 'ownIdNumber', code: 'error.link.alreadyLinked' }]);

  const key = personKey(idNumber);
  const hour = now.toISOString().slice(0, 13);
  const expires = Math.floor(now.getTime() / 1000) + 2 * 3600;
  const within = (await deps.rates.take(`link-account#${caller.userId}`, hour, deps.limits.codesPerHour, expires)) && (await deps.rates.take(`link-person#${key}`, hour, deps.limits.codesPerHour, expires));
  if (!within) {
    await audit(deps, key, caller, 'linkCodeRefused', { reason: 'rateLimited' });
    throw new RateLimitedError(3600 - now.getUTCMinutes() * 60 - now.getUTCSeconds(), 'other');
  }

  const [records, nameMatches] = await Promise.all([personRecords(deps, idNumber), deps.realName.matches(idNumber, name)]);
  const phone = records.phones[0];
  if (!phone || !nameMatches) {
    await audit(deps, key, caller, 'linkCodeRefused', { reason: phone ? 'nameMismatch' : 'noRecord' });
    return { expiresInSeconds: deps.limits.codeTtlSeconds };
  }
  const { code, codeHash, salt } = newCode();
  await deps.codes.save(PURPOSE, caller.userId, {
    codeHash,
    salt,
    expiresAt: now.getTime() + deps.limits.codeTtlSeconds * 1000,
    payload: { personKey: key, name: records.names.includes(name) ? name : (records.names[0] ?? name), birthDate: facts.facts.birthDate, idNumberMasked: maskIdNumber(facts.facts.normalised) },
  });
  await sendDirect(deps, 'family.linkCode', { code, minutes: String(Math.round(deps.limits.codeTtlSeconds / 60)) }, { phone, language });
  await audit(deps, key, caller, 'linkCodeSent');
  return { expiresInSeconds: deps.limits.codeTtlSeconds };
}

/** The code from the phone on record links the account to the person, and each only to the other. */
export async function linkSelf(deps: LinkDeps, caller: Caller, code: string): Promise<PersonProfile> {
  const payload = await redeemCode(deps.codes, PURPOSE, caller.userId, code, { maxAttempts: deps.limits.maxAttempts, nowMs: deps.now().getTime() });
  if (!payload?.personKey) throw new ValidationError([{ field: 'code', code: 'error.code.wrong' }]);
  const key = payload.personKey;
  const profile = await deps.persons.ensureProfile({ personKey: key, name: payload.name!, birthDate: payload.birthDate!, idNumberMasked: payload.idNumberMasked! }, deps.newId);
  const linked = await deps.persons.link({ userId: caller.userId, personKey: key, linkedAt: deps.now().toISOString() });
  if (!linked) {
    await audit(deps, key, caller, 'linkRefused', { reason: 'alreadyLinked' });
    const mine = await deps.persons.linkOfAccount(caller.userId);
    throw new ValidationError([{ field: 'code', code: mine ? 'error.link.alreadyLinked' : 'error.link.personTaken' }]);
  }
  await audit(deps, key, caller, 'linked');
  return profile;
}
