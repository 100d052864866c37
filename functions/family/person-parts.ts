/**
 * What the family feature gives people in a person's matters, read on every request (access.ts):
 * the person's own linked account and their guardian on record play `subject` (and `applicant`); a
 * relative plays `delegate` (and `applicant` with the act scope) while their delegation lasts. Nothing
 * is cached, so an ended delegation stops working on the next request.
 */
import type { ActorSource, PartSource, RefusalWatch } from '../matters/access.js';
import type { Acting, MatterRecord, MatterRole } from '../matters/matter.js';
import type { HistoryStore, MatterStore } from '../matters/ports.js';
import { matterType } from '../matters/registry.js';
import type { Caller } from '../shared/http/caller.js';
import { shanghaiDate } from '../domain/time.js';
import { currentState, isActive, partsOfScopes, type Delegation } from './delegation.js';
import type { DelegationStore, PersonStore } from './ports.js';

export interface PersonPartsDeps {
  persons: Pick<PersonStore, 'linkOfAccount'>;
  delegations: Pick<DelegationStore, 'listForPerson'>;
  matters: Pick<MatterStore, 'listByOwner'>;
  now: () => Date;
}

/** True when `userId` filed a matter about the person as their legal guardian, and staff accepted it while guardianship lasts. */
export async function isGuardianOnRecord(deps: Pick<PersonPartsDeps, 'matters' | 'now'>, userId: string, personKey: string): Promise<boolean> {
  const now = deps.now();
  return (await deps.matters.listByOwner(userId)).some((m) => m.subject === personKey && matterType(m.matter).guardianOnRecord?.(m, now) === true);
}

/** The caller's delegation for this person that is in force today. */
export async function activeDelegation(deps: Pick<PersonPartsDeps, 'delegations' | 'now'>, userId: string, personKey: string): Promise<Delegation | undefined> {
  const now = deps.now();
  const today = shanghaiDate(now);
  return (await deps.delegations.listForPerson(personKey)).find((d) => d.delegateUserId === userId && isActive(d, now, today));
}

/** How the caller stands to a person: themselves, their guardian on record, or a relative they let in (and how far). */
export async function standing(deps: PersonPartsDeps, caller: Caller, personKey: string, ownerId?: string): Promise<{ self: boolean; guardian: boolean; delegation?: Delegation }> {
  if (!caller.roles.includes('citizen')) return { self: false, guardian: false };
  const [link, delegation] = await Promise.all([deps.persons.linkOfAccount(caller.userId), activeDelegation(deps, caller.userId, personKey)]);
  const self = link?.personKey === personKey;
  // The owner of the matter has its parts already; for anyone else, the guardian on record is looked up.
  const guardian = !self && ownerId !== caller.userId && (await isGuardianOnRecord(deps, caller.userId, personKey));
  return { self, guardian, ...(delegation ? { delegation } : {}) };
}

export function personParts(deps: PersonPartsDeps): PartSource {
  return async (caller, matter) => {
    if (!matter.subject) return [];
    const { self, guardian, delegation } = await standing(deps, caller, matter.subject, matter.ownerId);
    const parts: MatterRole[] = [];
    if (self || guardian) parts.push('subject', 'applicant');
    if (delegation) parts.push(...partsOfScopes(delegation.scopes));
    return parts;
  };
}

/** Names the person (or guardian) and the relative when they act on a matter someone else filed. */
export function personActors(deps: PersonPartsDeps): ActorSource {
  return async (caller, matter, parts): Promise<Acting | undefined> => {
    if (!matter.subject) return undefined;
    if (parts.includes('subject')) {
      const link = await deps.persons.linkOfAccount(caller.userId);
      return { role: 'person', userId: caller.userId, name: link?.personKey === matter.subject ? 'person' : 'guardian' };
    }
    if (!parts.includes('delegate')) return undefined;
    const delegation = await activeDelegation(deps, caller.userId, matter.subject);
    return delegation ? { role: 'delegate', userId: caller.userId, name: delegation.delegateName, relationship: delegation.relationship } : undefined;
  };
}

/** A former relative reaching a matter of the person (an old page, a bookmark): refused as a stranger is, and recorded on the matter. */
export function formerDelegateWatch(deps: PersonPartsDeps & { history: Pick<HistoryStore, 'recordAudit'>; newId: () => string }): RefusalWatch {
  return async (caller, matter: MatterRecord) => {
    if (!matter.subject || !caller.roles.includes('citizen')) return;
    const now = deps.now();
    const today = shanghaiDate(now);
    const theirs = (await deps.delegations.listForPerson(matter.subject)).filter((d) => d.delegateUserId === caller.userId);
    // One that only lets them receive messages is in force: they are not a former relative.
    if (theirs.some((d) => isActive(d, now, today))) return;
    const former = theirs.sort((a, b) => (b.endedAt ?? b.createdAt).localeCompare(a.endedAt ?? a.createdAt))[0];
    if (!former) return;
    const { reason } = currentState(former, now, today);
    await deps.history.recordAudit(matter.id, {
      id: deps.newId(),
      at: now.toISOString(),
      actorUserId: caller.userId,
      actorName: `${former.delegateName} (${former.relationship})`,
      actorRole: 'delegate',
      action: 'refusedFormerDelegate',
      detail: { delegationId: former.id, reason: reason ?? 'ended' },
    });
  };
}
