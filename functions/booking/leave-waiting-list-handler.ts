import { routeHandler } from '../shared/http/route.js';
import { leaveWaitingList } from './waiting-list.js';

export const handler = routeHandler('DELETE /api/applications/{id}/waiting-list/{sessionId}', async ({ deps, caller, params, body }) => {
  await leaveWaitingList(deps, caller, params.id, params.sessionId);
  return { body: { left: true } };
});
