import { authedRoute } from '../shared/http/route.js';
import { applicationStore, clock } from '../adapters/dependencies.js';
import { applicationIdParam, withdrawBody } from './schemas.js';
import { withdrawApplication } from './withdraw-application.js';

export const handler = authedRoute(['citizen'], { params: applicationIdParam, body: withdrawBody, idempotent: true }, async ({ caller, params, body }) => {
  const application = await withdrawApplication({ applications: applicationStore(), ...clock }, caller.userId, params.id, body.version);
  return { body: { application } };
});
