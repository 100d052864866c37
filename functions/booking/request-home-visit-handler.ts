import { routeHandler } from '../shared/http/route.js';
import { runTransition } from '../matters/run-transition.js';
import { versionOf } from '../matters/matter.js';

export const handler = routeHandler('POST /api/applications/{id}/home-visit', async ({ deps, caller, params, body }) => {
  const application = await runTransition(deps, { id: params.id, action: 'requestHomeVisit', caller, expectedVersion: body.version, input: body });
  return { status: 201, body: { application: versionOf(application), homeVisit: application.bookings?.homeVisit } };
});
