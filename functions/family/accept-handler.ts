import { routeHandler } from '../shared/http/route.js';
import { accept } from './invitations.js';
import { delegationDeps } from './family-deps.js';
import { delegationView } from './views.js';

export const handler = routeHandler('POST /api/delegations/{id}/accept', async ({ deps, caller, params, body }) => {
  return { body: { delegation: delegationView(await accept(delegationDeps(deps), caller, params.id, body.code), deps.now()) } };
});
