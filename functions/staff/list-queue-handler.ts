import { authedRoute } from '../shared/http/route.js';
import { queueQuery } from './schemas.js';
import { workQueue } from './workspace.js';
import { workspaceDeps } from './staff-deps.js';

export const handler = authedRoute(['staff'], { query: queueQuery }, async ({ caller, query }) => {
  return { body: { items: await workQueue(workspaceDeps(), caller, query) } };
});
