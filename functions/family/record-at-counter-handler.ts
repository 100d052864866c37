import { routeHandler } from '../shared/http/route.js';
import { recordAtCounter } from './counter.js';
import { delegationDeps } from './family-deps.js';
import { delegationView } from './views.js';

/** A delegation the person or their guardian signed on paper, recorded by staff with its scan. */
export const handler = routeHandler('POST /api/staff/applications/{id}/delegations', async ({ deps, caller, params, body }) => {
  const delegation = await recordAtCounter(delegationDeps(deps), caller, params.id, body);
  return { status: 201, body: { delegation: delegationView(delegation, deps.now()) } };
});
