import { routeHandler } from '../shared/http/route.js';
import { viewForReader } from './apply.js';

export const handler = routeHandler('GET /api/benefit-applications/{id}', async ({ deps, caller, params, lang }) => {
  return { body: await viewForReader(deps, caller, params.id, lang) };
});
