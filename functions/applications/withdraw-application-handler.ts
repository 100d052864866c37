import { routeHandler } from '../shared/http/route.js';
import { runTransition } from '../matters/run-transition.js';

export const handler = routeHandler('POST /api/applications/{id}/withdraw', async ({ deps, caller, params, body }) => {
  const application = await runTransition(deps, { id: params.id, action: 'withdraw', caller, expectedVersion: body.version });
  return { body: { application } };
});
