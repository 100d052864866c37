import { routeHandler } from '../shared/http/route.js';
import { assessorView } from './assessor-desk.js';

export const handler = routeHandler('GET /api/assessor/applications/{id}', async ({ deps, caller, params, body }) => {
  return { body: await assessorView(deps, caller, params.id) };
});
