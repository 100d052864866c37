import { routeHandler } from '../shared/http/route.js';
import { runTransition } from '../matters/run-transition.js';
import { versionOf } from '../matters/matter.js';

/** A stage's decision is one transition of the benefit matter: its part, its guard, one transaction. */
export const handler = routeHandler('POST /api/reviews/{id}/decisions', async ({ deps, caller, params, body }) => {
  const matter = await runTransition(deps, { id: params.id, action: body.action, caller, expectedVersion: body.version, input: body });
  return { body: { application: versionOf(matter) } };
});
