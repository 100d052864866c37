import { routeHandler } from '../shared/http/route.js';
import { addSession } from './sessions.js';

export const handler = routeHandler('POST /api/sessions', async ({ deps, caller, body }) => {
  return { status: 201, body: { session: await addSession(deps, caller, body) } };
});
