import { routeHandler } from '../shared/http/route.js';
import { runTransition } from '../matters/run-transition.js';
import { versionOf } from '../matters/matter.js';

export const handler = routeHandler('POST /api/applications/{id}/promise', async ({ deps, caller, params, body }) => {
  const application = await runTransition(deps, { id: params.id, action: 'signPromise', caller, expectedVersion: body.version });
  return { body: { application: versionOf(application) } };
});
