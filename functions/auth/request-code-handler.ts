import { routeHandler } from '../shared/http/route.js';
import { requestSignInCode } from './sign-in.js';
import { signInDeps } from './sign-in-deps.js';

export const handler = routeHandler('POST /api/auth/code', async ({ deps, body, lang, event }) => {
  const result = await requestSignInCode(signInDeps(deps), body.phone, lang, event.requestContext.http.sourceIp);
  // The same answer whether or not the number is registered.
  return { status: 202, body: result };
});
