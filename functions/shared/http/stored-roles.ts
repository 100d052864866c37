import type { Caller, Role } from './caller.js';

/** What the user directory says a person may do now; the token only says what was true at sign-in. */
export interface StoredProfiles {
  rolesOf(userId: string): Promise<{ roles: Role[]; district?: string; institution?: string } | undefined>;
}

/**
 * The caller with the roles and district of their stored profile, so that an administrator's change
 * (a staff role ended, a move to another district) applies to the very next request, whatever the
 * token still claims. A person with no profile yet (the first call after signing up on AWS) keeps the
 * token's roles; their profile is made from them.
 */
export async function withCallerFromProfile(caller: Caller, profiles: StoredProfiles): Promise<Caller> {
  const stored = await profiles.rolesOf(caller.userId);
  if (!stored) return caller;
  const { district: _fromToken, institution: _none, ...rest } = caller;
  return { ...rest, roles: stored.roles.length > 0 ? stored.roles : ['citizen'], ...(stored.district ? { district: stored.district } : {}), ...(stored.institution ? { institution: stored.institution } : {}) };
}
