import { routeHandler } from '../shared/http/route.js';
import { refreshSession } from './refresh-session.js';
import { signInDeps } from './sign-in-deps.js';
import { profileOf } from './profile.js';

export const handler = routeHandler('POST /api/auth/refresh', async ({ deps, caller, event }) => {
  const authTime = Number(event.requestContext.authorizer.jwt.claims.auth_time);
  const session = await refreshSession(signInDeps(deps), caller.userId, Number.isFinite(authTime) && authTime > 0 ? authTime : undefined);
  return {
    body: { token: session.token, expiresAt: session.expiresAt, expiresInSeconds: session.expiresInSeconds, sessionEndsInSeconds: session.sessionEndsInSeconds, profile: profileOf(session.user) },
  };
});
