import { routeHandler } from '../shared/http/route.js';
import { startMatter } from './certificate-matters.js';

export const handler = routeHandler('POST /api/certificates/{number}/matters', async ({ deps, caller, params, body }) => {
  const application = await startMatter(deps, caller.userId, params.number, body.matter, body.reason);
  return { status: 201, body: { application } };
});
