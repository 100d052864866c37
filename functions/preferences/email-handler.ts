import { routeHandler } from '../shared/http/route.js';
import { requestEmailVerification } from './preferences.js';
import { preferenceDeps } from './preference-deps.js';

export const handler = routeHandler('POST /api/me/email', async ({ deps, caller, body, lang }) => {
  return { status: 202, body: await requestEmailVerification(preferenceDeps(deps), caller, body.email, lang) };
});
