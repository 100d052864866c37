import type { UserStore } from '../auth/ports.js';
import { maskMobile } from '../domain/phone.js';
import type { Caller } from '../shared/http/caller.js';
import type { ActorSource } from './access.js';
import type { Acting, MatterRecord, MatterRole } from './matter.js';

/**
 * Who acted, as the timeline and audit trail name them: the applicant's own actions as the applicant's;
 * the person or a relative acting on a matter someone else filed as the source that let them in names
 * them ("李娜 (daughter)"); a staff member (filing at the counter, or handling the matter) by name.
 */
export async function actingOn(
  deps: { users: Pick<UserStore, 'get'>; actorSources?: ActorSource[] },
  caller: Caller,
  matter: MatterRecord,
  parts: readonly MatterRole[] = [],
): Promise<Acting> {
  if (caller.system || matter.ownerId === caller.userId) return plainActing(deps.users, caller, matter);
  if (!parts.includes('staff')) {
    for (const source of deps.actorSources ?? []) {
      const acting = await source(caller, matter, parts);
      if (acting) return acting;
    }
  }
  return staffActing(deps.users, caller);
}

/** Who acted where no relative can be the one acting: the portal's own jobs, the owner, else staff. */
export async function plainActing(users: Pick<UserStore, 'get'>, caller: Caller, matter: Pick<MatterRecord, 'ownerId'>): Promise<Acting> {
  if (caller.system) return { role: 'system', userId: caller.userId, name: 'system' };
  if (matter.ownerId === caller.userId) return { role: 'citizen', userId: caller.userId, name: 'applicant' };
  return staffActing(users, caller);
}

/** A staff member as written in the audit trail and timeline. */
export async function staffActing(users: Pick<UserStore, 'get'>, caller: Caller): Promise<Acting> {
  const user = await users.get(caller.userId);
  return { role: 'staff', userId: caller.userId, name: user?.displayName ?? maskMobile(caller.phone) };
}
