import { routeHandler } from '../shared/http/route.js';
import { peopleOverview } from './overview.js';

/** People I help, and who helps me: read afresh on every request. */
export const handler = routeHandler('GET /api/people', async ({ deps, caller }) => {
  return { body: await peopleOverview(deps, caller) };
});
