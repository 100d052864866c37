import { routeHandler } from '../shared/http/route.js';
import { invite } from './invitations.js';
import { delegationDeps } from './family-deps.js';
import { delegationView } from './views.js';

export const handler = routeHandler('POST /api/people/{personId}/delegations', async ({ deps, caller, params, body, lang }) => {
  const delegation = await invite(delegationDeps(deps), caller, params.personId, body, lang);
  return { status: 201, body: { delegation: delegationView(delegation, deps.now()) } };
});
