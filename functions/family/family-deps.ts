/** The family routes' adapters with their limits from configuration (read when first used). */
import type { Deps } from '../adapters/wire.js';
import { getConfig } from '../shared/config.js';
import type { DelegationDeps } from './grantors.js';
import type { LinkDeps } from './link-self.js';

/** `deps` stays the route's: adapters are made only when a use-case touches them. */
export function delegationDeps(deps: Deps): Deps & Pick<DelegationDeps, 'limits'> {
  const config = getConfig();
  return Object.assign(Object.create(deps) as Deps, {
    limits: { invitesPerAccountPerDay: config.INVITES_PER_ACCOUNT_PER_DAY, invitesPerPhonePerDay: config.INVITES_PER_PHONE_PER_DAY, inviteValidDays: config.INVITE_VALID_DAYS, maxAttempts: config.OTP_MAX_ATTEMPTS },
  });
}

export function linkDeps(deps: Deps): Deps & Pick<LinkDeps, 'limits'> {
  const config = getConfig();
  return Object.assign(Object.create(deps) as Deps, {
    limits: { codesPerHour: config.LINK_CODES_PER_HOUR, codeTtlSeconds: config.OTP_TTL_SECONDS, maxAttempts: config.OTP_MAX_ATTEMPTS },
  });
}
