import type { UserStore } from '../auth/ports.js';
import { maskMobile } from '../domain/phone.js';
import type { Caller } from '../shared/http/caller.js';
import type { Acting, MatterRecord } from './matter.js';

/**
 * Who acted, as the timeline and audit trail name them: the applicant's own actions as the applicant's;
 * a staff member (filing at the counter, or handling the matter) by name.
 */
export async function actingOn(users: Pick<UserStore, 'get'>, caller: Caller, matter: Pick<MatterRecord, 'ownerId'>): Promise<Acting> {
  if (caller.system) return { role: 'system', userId: caller.userId, name: 'system' };
  if (matter.ownerId === caller.userId) return { role: 'citizen', userId: caller.userId, name: 'applicant' };
  return staffActing(users, caller);
}

/** A staff member as written in the audit trail and timeline. */
export async function staffActing(users: Pick<UserStore, 'get'>, caller: Caller): Promise<Acting> {
  const user = await users.get(caller.userId);
  return { role: 'staff', userId: caller.userId, name: user?.displayName ?? maskMobile(caller.phone) };
}
