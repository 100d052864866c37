import { routeHandler } from '../shared/http/route.js';
import { joinWaitingList } from './waiting-list.js';

export const handler = routeHandler('POST /api/applications/{id}/waiting-list', async ({ deps, caller, params, body }) => {
  return { status: 201, body: { waiting: await joinWaitingList(deps, caller, params.id, body) } };
});
