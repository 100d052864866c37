import { routeHandler } from '../shared/http/route.js';
import { staffView } from './workspace.js';

export const handler = routeHandler('GET /api/staff/applications/{id}', async ({ deps, caller, params }) => {
  return { body: await staffView(deps, caller, params.id) };
});
