import { routeHandler } from '../shared/http/route.js';
import { runTransition } from '../matters/run-transition.js';
import { versionOf } from '../matters/matter.js';

/** Claim a matter (assignee = oneself) or hand it to a colleague of the same district; audited, version-guarded. */
export const handler = routeHandler('PUT /api/staff/applications/{id}/assignee', async ({ deps, caller, params, body }) => {
  const application = await runTransition(deps, { id: params.id, action: 'assign', caller, expectedVersion: body.version, input: body });
  return { body: { application: { ...versionOf(application), assignee: application.assignee } } };
});
