import { routeHandler } from '../shared/http/route.js';
import { visitPlan } from './home-visits.js';

export const handler = routeHandler('GET /api/home-visits', async ({ deps, caller, body, query }) => {
  return { body: await visitPlan(deps, caller, query) };
});
