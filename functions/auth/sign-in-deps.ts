import { clock, otpStore, smsSender, userStore } from '../adapters/dependencies.js';
import { getConfig } from '../shared/config.js';
import type { SignInDeps } from './sign-in.js';

export function signInDeps(): SignInDeps {
  const config = getConfig();
  if (!config.SESSION_SECRET) throw new Error('SESSION_SECRET is required for local sign-in');
  return {
    users: userStore(),
    otp: otpStore(),
    sms: smsSender(),
    ...clock,
    secret: config.SESSION_SECRET,
    sessionMinutes: config.SESSION_MINUTES,
    sessionMaxHours: config.SESSION_MAX_HOURS,
    codesPerHour: config.OTP_PER_PHONE_PER_HOUR,
    codeTtlSeconds: config.OTP_TTL_SECONDS,
    maxAttempts: config.OTP_MAX_ATTEMPTS,
  };
}
