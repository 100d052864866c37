/** Who may decide who helps a person, finding the person, and what is recorded on them (functions/family/invitations.ts). */
import type { RateCounter, UserStore } from '../auth/ports.js';
import type { Caller } from '../shared/http/caller.js';
import { ForbiddenError, NotFoundError } from '../shared/errors.js';
import { addMonths } from '../domain/time.js';
import type { MessageDeps } from './messages.js';
import { activeDelegation, isGuardianOnRecord, type PersonPartsDeps } from './person-parts.js';
import type { CodeStore, DelegationStore, PersonProfile, PersonStore } from './ports.js';

export interface DelegationDeps extends MessageDeps, Pick<PersonPartsDeps, 'matters'> {
  persons: PersonStore;
  delegations: DelegationStore;
  codes: CodeStore;
  rates: RateCounter;
  users: Pick<UserStore, 'get'>;
  limits: { invitesPerAccountPerDay: number; invitesPerPhonePerDay: number; inviteValidDays: number; maxAttempts: number };
}

export async function recordOnPerson(deps: Pick<DelegationDeps, 'persons' | 'now' | 'newId'>, personKey: string, caller: Caller, action: string, detail?: Record<string, string>): Promise<void> {
  await deps.persons.recordAudit(personKey, { id: deps.newId(), at: deps.now().toISOString(), actorUserId: caller.userId, actorName: 'account', action, ...(detail ? { detail } : {}) });
}

/** Who may decide who helps a person: they themselves once linked, or their guardian on record. A relative who helps is told they may not. */
export async function grantorOf(deps: DelegationDeps, caller: Caller, person: PersonProfile): Promise<'person' | 'guardian'> {
  const link = await deps.persons.linkOfAccount(caller.userId);
  if (link?.personKey === person.personKey) return 'person';
  if (await isGuardianOnRecord(deps, caller.userId, person.personKey)) return 'guardian';
  if (await activeDelegation(deps, caller.userId, person.personKey)) {
    await recordOnPerson(deps, person.personKey, caller, 'inviteRefused', { reason: 'delegateCannotInvite' });
    throw new ForbiddenError('delegate.cannotInvite');
  }
  throw new NotFoundError();
}

export async function personById(deps: Pick<DelegationDeps, 'persons'>, personId: string): Promise<PersonProfile> {
  const person = await deps.persons.byId(personId);
  if (!person) throw new NotFoundError();
  return person;
}

/** The 18th birthday, for a person who is a minor today; undefined for an adult. */
export function comingOfAge(birthDate: string, today: string): string | undefined {
  const eighteenth = addMonths(birthDate, 18 * 12);
  return eighteenth > today ? eighteenth : undefined;
}
