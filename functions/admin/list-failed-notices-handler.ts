import { routeHandler } from '../shared/http/route.js';
import { listFailedNotices } from './failed-notices.js';

export const handler = routeHandler('GET /api/admin/failed-notices', async ({ deps }) => {
  return { body: { notices: await listFailedNotices({ failures: deps.failedNotices }) } };
});
