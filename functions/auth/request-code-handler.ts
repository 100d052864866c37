import { publicRoute } from '../shared/http/route.js';
import { requestCodeBody } from './schemas.js';
import { requestSignInCode } from './sign-in.js';
import { signInDeps } from './sign-in-deps.js';

export const handler = publicRoute({ body: requestCodeBody }, async ({ body, lang, event }) => {
  const result = await requestSignInCode(signInDeps(), body.phone, lang, event.requestContext.http.sourceIp);
  // The same answer whether or not the number is registered.
  return { status: 202, body: result };
});
