import { routeHandler } from '../shared/http/route.js';

export const handler = routeHandler('GET /api/notices', async ({ deps, caller }) => {
  return { body: { notices: await deps.notices.listForUser(caller.userId, 50) } };
});
