import { routeHandler } from '../shared/http/route.js';
import { runTransition } from '../matters/run-transition.js';
import { versionOf } from '../matters/matter.js';

export const handler = routeHandler('POST /api/applications/{id}/rating', async ({ deps, caller, params, body }) => {
  const application = await runTransition(deps, { id: params.id, action: 'rate', caller, expectedVersion: body.version, input: body });
  return { body: { application: versionOf(application) } };
});
