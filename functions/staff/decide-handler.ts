import { routeHandler } from '../shared/http/route.js';
import { runTransition } from '../matters/run-transition.js';
import { versionOf } from '../matters/matter.js';

/** A decision is one transition of the matter's type: its guard, its effect, one transaction. */
export const handler = routeHandler('POST /api/staff/applications/{id}/decisions', async ({ deps, caller, params, body }) => {
  const application = await runTransition(deps, { id: params.id, action: body.action, caller, expectedVersion: body.version, input: body });
  return { body: { application: versionOf(application) } };
});
