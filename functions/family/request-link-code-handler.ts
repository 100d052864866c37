import { routeHandler } from '../shared/http/route.js';
import { requestLinkCode } from './link-self.js';
import { linkDeps } from './family-deps.js';

/** The same answer whether or not the details match anyone: a code goes to the number on record only when they do. */
export const handler = routeHandler('POST /api/me/person-link/code', async ({ deps, caller, body, lang }) => {
  return { status: 202, body: await requestLinkCode(linkDeps(deps), caller, body.ownIdNumber, body.ownName, lang) };
});
