import { authedRoute } from '../shared/http/route.js';
import { noticeStore } from '../adapters/dependencies.js';

export const handler = authedRoute(['citizen', 'staff', 'admin'], {}, async ({ caller }) => {
  return { body: { notices: await noticeStore().listForUser(caller.userId, 50) } };
});
