import { UnauthorizedError } from '../shared/errors.js';
import type { UserStore } from './ports.js';
import { issueSessionToken } from './session-tokens.js';

export interface RefreshDeps {
  users: Pick<UserStore, 'get'>;
  secret: string;
  sessionMinutes: number;
  sessionMaxHours: number;
  now: () => Date;
}

/**
 * A fresh token while the person is active: it renews the inactivity limit but keeps the sign-in instant,
 * so no amount of renewing outlives the absolute limit. After it, or for an account that is gone, the
 * person signs in again.
 */
export async function refreshSession(deps: RefreshDeps, userId: string, authTime: number | undefined) {
  const now = deps.now();
  const startedAt = authTime ?? Math.floor(now.getTime() / 1000);
  if (now.getTime() >= (startedAt + deps.sessionMaxHours * 3600) * 1000) throw new UnauthorizedError();
  const user = await deps.users.get(userId);
  if (!user) throw new UnauthorizedError();
  return { ...(await issueSessionToken(user, deps.secret, { idleMinutes: deps.sessionMinutes, maxHours: deps.sessionMaxHours, now, authTime: startedAt })), user };
}
