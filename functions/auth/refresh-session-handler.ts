import { routeHandler } from '../shared/http/route.js';
import { refreshSession } from './sign-in.js';
import { signInDeps } from './sign-in-deps.js';
import { profileOf } from './profile.js';

export const handler = routeHandler('POST /api/auth/refresh', async ({ deps, caller }) => {
  const session = await refreshSession(signInDeps(deps), caller.userId);
  return { body: { token: session.token, expiresAt: session.expiresAt, expiresInSeconds: session.expiresInSeconds, profile: profileOf(session.user) } };
});
