import { routeHandler } from '../shared/http/route.js';
import { availability } from './appointments.js';

export const handler = routeHandler('GET /api/applications/{id}/availability', async ({ deps, caller, params, body, query }) => {
  return { body: await availability(deps, caller, params.id, query) };
});
