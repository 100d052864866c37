import type { Deps } from '../adapters/wire.js';
import { getConfig } from '../shared/config.js';
import type { SignInDeps } from './sign-in.js';

/** The local sign-in's limits from configuration, and its stores from the route's adapters (read only when used). */
export function signInDeps(deps: Deps): SignInDeps {
  const config = getConfig();
  if (!config.SESSION_SECRET) throw new Error('SESSION_SECRET is required for local sign-in');
  return {
    get users() {
      return deps.users;
    },
    get otp() {
      return deps.otp;
    },
    get rates() {
      return deps.rates;
    },
    get sms() {
      return deps.sms;
    },
    now: deps.now,
    newId: deps.newId,
    secret: config.SESSION_SECRET,
    sessionMinutes: config.SESSION_MINUTES,
    sessionMaxHours: config.SESSION_MAX_HOURS,
    codesPerHour: config.OTP_PER_PHONE_PER_HOUR,
    codesPerAddressPerHour: config.OTP_PER_ADDRESS_PER_HOUR,
    codesPerHourOverall: config.OTP_PER_HOUR_OVERALL,
    codeTtlSeconds: config.OTP_TTL_SECONDS,
    maxAttempts: config.OTP_MAX_ATTEMPTS,
  };
}
