import { authedRoute } from '../shared/http/route.js';
import { failedNotices } from '../adapters/dependencies.js';
import { listFailedNotices } from './failed-notices.js';

export const handler = authedRoute(['admin'], {}, async () => {
  return { body: { notices: await listFailedNotices({ failures: failedNotices() }) } };
});
