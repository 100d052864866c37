import { routeHandler } from '../shared/http/route.js';
import { viewForApplicant } from './apply.js';

export const handler = routeHandler('GET /api/benefit-applications/{id}', async ({ deps, caller, params, lang }) => {
  return { body: await viewForApplicant(deps, caller, params.id, lang) };
});
