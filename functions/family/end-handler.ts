import { routeHandler } from '../shared/http/route.js';
import { end } from './invitations.js';
import { delegationDeps } from './family-deps.js';
import { delegationView } from './views.js';

/** Either side ends it; it allows nothing from the next request on. */
export const handler = routeHandler('POST /api/delegations/{id}/end', async ({ deps, caller, params }) => {
  return { body: { delegation: delegationView(await end(delegationDeps(deps), caller, params.id), deps.now()) } };
});
