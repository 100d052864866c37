import { routeHandler } from '../shared/http/route.js';
import { replayFailedNotice } from './failed-notices.js';

export const handler = routeHandler('POST /api/admin/failed-notices/{id}/replay', async ({ deps, params }) => {
  await replayFailedNotice({ failures: deps.failedNotices, outbox: deps.outbox, now: deps.now }, params.id);
  return { status: 202, body: { replayed: params.id } };
});
