import { routeHandler } from '../shared/http/route.js';
import { shanghaiDate } from '../domain/time.js';
import { publicCheck } from './public-check.js';

/** "What can I get?" — no sign-in; the answers decide nothing on their own, the engine tells likely, not likely or check. */
export const handler = routeHandler('POST /api/benefits/check', async ({ deps, body, lang }) => {
  return { body: publicCheck(body, shanghaiDate(deps.now()), lang) };
});
