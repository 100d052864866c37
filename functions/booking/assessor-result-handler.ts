import { routeHandler } from '../shared/http/route.js';
import { assessorRecord } from './assessor-desk.js';

export const handler = routeHandler('POST /api/assessor/applications/{id}/result', async ({ deps, caller, params, body }) => {
  return { body: await assessorRecord(deps, caller, params.id, body) };
});
