import { routeHandler } from '../shared/http/route.js';
import { verifyEmailToken } from './preferences.js';
import { preferenceDeps } from './preference-deps.js';

/** Opened from the e-mail, signed in or not: the token itself says whose address it is. */
export const handler = routeHandler('POST /api/email-verifications', async ({ deps, body }) => {
  return { body: await verifyEmailToken(preferenceDeps(deps), body.token) };
});
