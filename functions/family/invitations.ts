/**
 * Delegation with consent: the person (or their guardian on record) invites a relative by phone
 * number, relationship and scopes; the relative accepts with the code sent to that phone; either side
 * ends it at any time; it ends by itself on its date and, for a minor, at 18, when the now-adult person
 * is asked to confirm it. Refused attempts change nothing and are recorded on the person.
 */
import type { Caller } from '../shared/http/caller.js';
import { NotFoundError, RateLimitedError, StaleVersionError, ValidationError } from '../shared/errors.js';
import type { Language } from '../shared/i18n.js';
import { addMonths, shanghaiDate } from '../domain/time.js';
import { maskName } from '../domain/person-name.js';
import { newCode, redeemCode } from './codes.js';
import { CONSENT_VERSION, currentState, type Delegation } from './delegation.js';
import { notifyAccounts, sendDirect } from './messages.js';
import { isGuardianOnRecord } from './person-parts.js';
import type { InviteBody } from './schemas.js';
import { comingOfAge, grantorOf, personById, recordOnPerson, type DelegationDeps } from './grantors.js';

export type { DelegationDeps } from './grantors.js';

const PURPOSE = 'invite';
/** A delegation's end date can be at most this far ahead; it can always be ended sooner. */
const LONGEST_YEARS = 10;

export async function invite(deps: DelegationDeps, caller: Caller, personId: string, body: InviteBody, language: Language): Promise<Delegation> {
  const person = await personById(deps, personId);
  const grantor = await grantorOf(deps, caller, person);
  const now = deps.now();
  const today = shanghaiDate(now);
  const refuse = async (reason: string, field: string, code: string): Promise<never> => {
    await recordOnPerson(deps, person.personKey, caller, 'inviteRefused', { reason });
    throw new ValidationError([{ field, code }]);
  };
  const personAccount = await deps.persons.linkOfPerson(person.personKey);
  const personPhone = personAccount ? (await deps.users.get(personAccount.userId))?.phone : undefined;
  if (body.delegatePhone === caller.phone || body.delegatePhone === personPhone) await refuse('self', 'delegatePhone', 'error.delegation.self');
  if (body.endsOn && (body.endsOn <= today || body.endsOn > addMonths(today, LONGEST_YEARS * 12))) await refuse('endsOn', 'endsOn', 'error.delegation.endsOn');

  const existing = await deps.delegations.listForPerson(person.personKey);
  const inForce = existing.filter((d) => d.delegatePhone === body.delegatePhone && currentState(d, now, today).state !== 'ended');
  if (inForce.some((d) => d.status === 'active')) await refuse('alreadyActive', 'delegatePhone', 'error.delegation.alreadyActive');

  const day = today;
  const expires = Math.floor(now.getTime() / 1000) + 2 * 24 * 3600;
  const within =
    (await deps.rates.take(`invite-account#${caller.userId}`, day, deps.limits.invitesPerAccountPerDay, expires)) &&
    (await deps.rates.take(`invite-phone#${body.delegatePhone}`, day, deps.limits.invitesPerPhonePerDay, expires));
  if (!within) {
    await recordOnPerson(deps, person.personKey, caller, 'inviteRefused', { reason: 'rateLimited' });
    const midnight = Date.parse(`${today}T00:00:00+08:00`) + 24 * 3600 * 1000;
    throw new RateLimitedError(Math.max(60, Math.ceil((midnight - now.getTime()) / 1000)), 'other');
  }
  const minorUntil = grantor === 'guardian' ? comingOfAge(person.birthDate, today) : undefined;
  const delegation: Delegation = {
    id: deps.newId(),
    personKey: person.personKey,
    personId: person.personId,
    personName: person.name,
    grantor: { kind: grantor, userId: caller.userId },
    source: 'online',
    delegateName: body.delegateName,
    relationship: body.relationship,
    delegatePhone: body.delegatePhone,
    scopes: body.scopes,
    status: 'invited',
    ...(body.endsOn ? { endsOn: body.endsOn } : {}),
    ...(minorUntil ? { comesOfAgeOn: minorUntil } : {}),
    inviteExpiresAt: new Date(now.getTime() + deps.limits.inviteValidDays * 24 * 3600 * 1000).toISOString(),
    consentVersion: CONSENT_VERSION,
    createdAt: now.toISOString(),
    version: 1,
  };
  // A new invitation to the same number replaces the one still waiting, so only the newest code works;
  // of two sent at the same moment, one wins the number's place and the other is told to look again.
  const replacing = (await deps.delegations.currentInvitation(person.personKey, body.delegatePhone)) ?? null;
  await deps.delegations.create(delegation, replacing);
  const replaced = replacing ? await deps.delegations.get(replacing) : undefined;
  if (replaced?.status === 'invited') {
    await deps.delegations.save({ ...replaced, status: 'ended', endedAt: now.toISOString(), endedBy: grantor, endReason: 'replaced' }, replaced.version).catch((error: unknown) => {
      if (!(error instanceof StaleVersionError)) throw error;
    });
  }
  const { code, codeHash, salt } = newCode();
  await deps.codes.save(PURPOSE, delegation.id, { codeHash, salt, expiresAt: Date.parse(delegation.inviteExpiresAt!) });
  await sendDirect(deps, 'family.invitation', { code, days: String(deps.limits.inviteValidDays) }, { phone: body.delegatePhone, language });
  await recordOnPerson(deps, person.personKey, caller, 'invited', { delegationId: delegation.id, scopes: delegation.scopes.join(','), relationship: delegation.relationship });
  return delegation;
}

/** The invited relative, signed in with the number it was sent to, accepts with the code from the SMS. */
export async function accept(deps: DelegationDeps, caller: Caller, id: string, code: string): Promise<Delegation> {
  const delegation = await deps.delegations.get(id);
  if (!delegation) throw new NotFoundError();
  if (delegation.delegatePhone !== caller.phone) {
    await recordOnPerson(deps, delegation.personKey, caller, 'acceptRefused', { delegationId: id, reason: 'notTheirs' });
    throw new NotFoundError();
  }
  const now = deps.now();
  const { state, reason } = currentState(delegation, now, shanghaiDate(now));
  if (state !== 'invited') {
    await recordOnPerson(deps, delegation.personKey, caller, 'acceptRefused', { delegationId: id, reason: reason ?? state });
    throw new ValidationError([{ field: 'code', code: state === 'active' ? 'error.invitation.accepted' : 'error.invitation.expired' }]);
  }
  // One replaced by a newer invitation to the same number is over, even if writing its end was interrupted.
  if ((await deps.delegations.currentInvitation(delegation.personKey, delegation.delegatePhone)) !== id) {
    await recordOnPerson(deps, delegation.personKey, caller, 'acceptRefused', { delegationId: id, reason: 'replaced' });
    throw new ValidationError([{ field: 'code', code: 'error.invitation.expired' }]);
  }
  const link = await deps.persons.linkOfAccount(caller.userId);
  if (link?.personKey === delegation.personKey) throw new ValidationError([{ field: 'code', code: 'error.delegation.self' }]);
  const redeemed = await redeemCode(deps.codes, PURPOSE, id, code, { maxAttempts: deps.limits.maxAttempts, nowMs: now.getTime() });
  if (!redeemed) {
    await recordOnPerson(deps, delegation.personKey, caller, 'acceptRefused', { delegationId: id, reason: 'wrongCode' });
    throw new ValidationError([{ field: 'code', code: 'error.code.wrong' }]);
  }
  const { inviteExpiresAt: _e, ...rest } = delegation;
  const accepted = await deps.delegations.save({ ...rest, status: 'active', delegateUserId: caller.userId, acceptedAt: now.toISOString() }, delegation.version);
  await recordOnPerson(deps, delegation.personKey, caller, 'accepted', { delegationId: id });
  return accepted;
}

/** Either side ends it (declining is ending an invitation); from the next request it allows nothing. */
export async function end(deps: DelegationDeps, caller: Caller, id: string): Promise<Delegation> {
  const delegation = await deps.delegations.get(id);
  if (!delegation) throw new NotFoundError();
  const asDelegate = delegation.delegateUserId === caller.userId || (delegation.status === 'invited' && delegation.delegatePhone === caller.phone);
  const link = await deps.persons.linkOfAccount(caller.userId);
  const side = asDelegate ? 'delegate' : link?.personKey === delegation.personKey ? 'person' : (await isGuardianOnRecord(deps, caller.userId, delegation.personKey)) ? 'guardian' : undefined;
  if (!side) {
    await recordOnPerson(deps, delegation.personKey, caller, 'endRefused', { delegationId: id });
    throw new NotFoundError();
  }
  const now = deps.now();
  if (delegation.status === 'ended') return delegation;
  const ended = await deps.delegations.save(
    { ...delegation, status: 'ended', endedAt: now.toISOString(), endedBy: side, endReason: delegation.status === 'invited' && side === 'delegate' ? 'declined' : 'ended' },
    delegation.version,
  ).catch(async (error: unknown) => {
    // Ended by the other side at the same moment: it is ended either way.
    if (error instanceof StaleVersionError) return (await deps.delegations.get(id))!;
    throw error;
  });
  await recordOnPerson(deps, delegation.personKey, caller, 'ended', { delegationId: id, by: side });
  if (side !== 'delegate' && delegation.delegateUserId) await notifyAccounts(deps, 'family.ended', { person: maskName(delegation.personName) }, [delegation.delegateUserId]);
  return ended;
}

/** The now-adult person confirms a delegation their guardian gave while they were a minor. */
export async function confirm(deps: DelegationDeps, caller: Caller, id: string): Promise<Delegation> {
  const delegation = await deps.delegations.get(id);
  const link = await deps.persons.linkOfAccount(caller.userId);
  if (!delegation || link?.personKey !== delegation.personKey) throw new NotFoundError();
  const now = deps.now();
  const today = shanghaiDate(now);
  if (!delegation.comesOfAgeOn || delegation.comesOfAgeOn > today || (delegation.status === 'ended' && delegation.endReason !== 'cameOfAge')) {
    throw new ValidationError([{ field: 'id', code: 'error.delegation.notToConfirm' }]);
  }
  const { comesOfAgeOn: _c, awaitingConfirmation: _a, endedAt: _e, endedBy: _b, endReason: _r, ...rest } = delegation;
  const confirmed = await deps.delegations.save(
    { ...rest, status: 'active', grantor: { kind: 'person', userId: caller.userId }, consentVersion: CONSENT_VERSION, ...(rest.endsOn && rest.endsOn <= today ? { endsOn: undefined } : {}) },
    delegation.version,
  );
  await recordOnPerson(deps, delegation.personKey, caller, 'confirmedAtAdulthood', { delegationId: id });
  return confirmed;
}
