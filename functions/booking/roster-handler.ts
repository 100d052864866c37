import { routeHandler } from '../shared/http/route.js';
import { sessionRoster } from './sessions.js';

export const handler = routeHandler('GET /api/sessions/{sessionId}/roster', async ({ deps, caller, params, body }) => {
  return { body: await sessionRoster(deps, caller, params.sessionId) };
});
