import { authedRoute } from '../shared/http/route.js';
import { applicationStore, clock } from '../adapters/dependencies.js';
import { applicationIdParam, rateBody } from './schemas.js';
import { rateService } from './citizen-actions.js';

export const handler = authedRoute(['citizen'], { params: applicationIdParam, body: rateBody, idempotent: true }, async ({ caller, params, body }) => {
  const application = await rateService({ applications: applicationStore(), ...clock }, caller.userId, params.id, body.version, body.level, body.comment);
  return { body: { application: { id: application.id, status: application.status, version: application.version } } };
});
