import { routeHandler } from '../shared/http/route.js';
import { listSessions } from './sessions.js';

export const handler = routeHandler('GET /api/sessions', async ({ deps, caller, body, query }) => {
  return { body: await listSessions(deps, caller, query) };
});
