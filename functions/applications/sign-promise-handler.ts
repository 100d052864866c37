import { authedRoute } from '../shared/http/route.js';
import { applicationStore, clock } from '../adapters/dependencies.js';
import { applicationIdParam, promiseBody } from './schemas.js';
import { signDeferralPromise } from './citizen-actions.js';

export const handler = authedRoute(['citizen'], { params: applicationIdParam, body: promiseBody }, async ({ caller, params, body }) => {
  const application = await signDeferralPromise({ applications: applicationStore(), ...clock }, caller.userId, params.id, body.version);
  return { body: { application: { id: application.id, status: application.status, version: application.version } } };
});
