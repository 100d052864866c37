import { routeHandler } from '../shared/http/route.js';
import { confirm } from './invitations.js';
import { delegationDeps } from './family-deps.js';
import { delegationView } from './views.js';

/** A person who turned 18 keeps a relative their guardian let help. */
export const handler = routeHandler('POST /api/delegations/{id}/confirm', async ({ deps, caller, params }) => {
  return { body: { delegation: delegationView(await confirm(delegationDeps(deps), caller, params.id), deps.now()) } };
});
