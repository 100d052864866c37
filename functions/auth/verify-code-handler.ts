import { routeHandler } from '../shared/http/route.js';
import { verifySignInCode } from './sign-in.js';
import { signInDeps } from './sign-in-deps.js';
import { profileOf } from './profile.js';

export const handler = routeHandler('POST /api/auth/session', async ({ deps, body, lang }) => {
  const session = await verifySignInCode(signInDeps(deps), body.phone, body.code, body.language ?? lang);
  return {
    status: 201,
    body: { token: session.token, expiresAt: session.expiresAt, expiresInSeconds: session.expiresInSeconds, sessionEndsInSeconds: session.sessionEndsInSeconds, profile: profileOf(session.user) },
  };
});
