import { routeHandler } from '../shared/http/route.js';
import { listMyApplications } from './read-applications.js';

export const handler = routeHandler('GET /api/applications', async ({ deps, caller }) => {
  return { body: { applications: await listMyApplications(deps.matters, caller.userId) } };
});
