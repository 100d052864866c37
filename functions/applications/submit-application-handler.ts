import { routeHandler } from '../shared/http/route.js';
import { runTransition } from '../matters/run-transition.js';

/** The receipt is answered only after the submission is stored. */
export const handler = routeHandler('POST /api/applications/{id}/submit', async ({ deps, caller, params, body }) => {
  const matter = await runTransition(deps, { id: params.id, action: 'submit', caller, expectedVersion: body.version });
  return { status: 201, body: { receipt: { id: matter.id, reference: matter.reference, status: matter.status, submittedAt: matter.submittedAt, version: matter.version } } };
});
