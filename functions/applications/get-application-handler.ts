import { routeHandler } from '../shared/http/route.js';
import { getMyApplication } from './read-applications.js';

export const handler = routeHandler('GET /api/applications/{id}', async ({ deps, caller, params }) => {
  return { body: await getMyApplication(deps, caller, params.id) };
});
