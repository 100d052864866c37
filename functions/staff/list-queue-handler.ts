import { routeHandler } from '../shared/http/route.js';
import { workQueue } from './queue.js';

export const handler = routeHandler('GET /api/staff/applications', async ({ deps, caller, query }) => {
  return { body: { items: await workQueue(deps, caller, query) } };
});
