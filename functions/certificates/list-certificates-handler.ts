import { routeHandler } from '../shared/http/route.js';
import { myCertificates } from './certificate-matters.js';

export const handler = routeHandler('GET /api/certificates', async ({ deps, caller }) => {
  return { body: { certificates: await myCertificates(deps, caller.userId) } };
});
