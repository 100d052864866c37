import { authedRoute } from '../shared/http/route.js';
import { dependencies } from '../adapters/dependencies.js';

export const handler = authedRoute(['citizen', 'staff', 'admin'], {}, async ({ caller }) => {
  return { body: { notices: await dependencies().notices.listForUser(caller.userId, 50) } };
});
