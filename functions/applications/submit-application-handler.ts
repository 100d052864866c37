import { authedRoute } from '../shared/http/route.js';
import { applicationStore, clock, documentFiles } from '../adapters/dependencies.js';
import { applicationIdParam, submitBody } from './schemas.js';
import { submitApplication } from './submit-application.js';

export const handler = authedRoute(['citizen'], { params: applicationIdParam, body: submitBody, idempotent: true }, async ({ caller, params, body }) => {
  const receipt = await submitApplication({ applications: applicationStore(), files: documentFiles(), ...clock }, caller.userId, params.id, body.version);
  return { status: 201, body: { receipt } };
});
