import type { dependencies } from '../adapters/dependencies.js';
import type { SignInDeps } from './sign-in.js';

export function signInDeps(deps: ReturnType<typeof dependencies>): SignInDeps {
  const { config } = deps;
  if (!config.SESSION_SECRET) throw new Error('SESSION_SECRET is required for local sign-in');
  return {
    ...deps,
    secret: config.SESSION_SECRET,
    sessionMinutes: config.SESSION_MINUTES,
    codesPerHour: config.OTP_PER_PHONE_PER_HOUR,
    codeTtlSeconds: config.OTP_TTL_SECONDS,
    maxAttempts: config.OTP_MAX_ATTEMPTS,
  };
}
