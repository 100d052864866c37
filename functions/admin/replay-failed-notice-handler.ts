import { authedRoute } from '../shared/http/route.js';
import { clock, failedNotices, outboxWriter } from '../adapters/dependencies.js';
import { failedNoticeParam } from './schemas.js';
import { replayFailedNotice } from './failed-notices.js';

export const handler = authedRoute(['admin'], { params: failedNoticeParam }, async ({ params }) => {
  await replayFailedNotice({ failures: failedNotices(), outbox: outboxWriter(), now: clock.now }, params.id);
  return { status: 202, body: { replayed: params.id } };
});
