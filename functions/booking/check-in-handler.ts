import { routeHandler } from '../shared/http/route.js';
import { checkInByReference } from './assessor-desk.js';

export const handler = routeHandler('POST /api/check-ins', async ({ deps, caller, body }) => {
  return { body: await checkInByReference(deps, caller, body.reference) };
});
