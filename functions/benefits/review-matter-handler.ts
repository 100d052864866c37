import { routeHandler } from '../shared/http/route.js';
import { reviewView } from './reviews.js';

export const handler = routeHandler('GET /api/reviews/{id}', async ({ deps, caller, params, lang }) => {
  return { body: await reviewView(deps, caller, params.id, lang) };
});
