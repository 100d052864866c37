import { routeHandler } from '../shared/http/route.js';
import { closeSession } from './sessions.js';

export const handler = routeHandler('POST /api/sessions/{sessionId}/close', async ({ deps, caller, params, body }) => {
  return { body: await closeSession(deps, caller, params.sessionId, body.reason) };
});
