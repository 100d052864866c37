import { routeHandler } from '../shared/http/route.js';
import { reviewQueue, stagesOf } from './reviews.js';

export const handler = routeHandler('GET /api/reviews', async ({ deps, caller, query }) => {
  return { body: { stages: stagesOf(caller), items: await reviewQueue(deps, caller, query) } };
});
