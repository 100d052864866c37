import { authedRoute } from '../shared/http/route.js';
import { applicationStore, certificateStore, clock, userStore } from '../adapters/dependencies.js';
import { applicationIdParam } from '../applications/schemas.js';
import { decisionBody } from './schemas.js';
import { decide } from './decide.js';
import { staffActing } from './workspace.js';

export const handler = authedRoute(['staff'], { params: applicationIdParam, body: decisionBody }, async ({ caller, params, body }) => {
  const by = await staffActing(userStore(), caller);
  const application = await decide({ applications: applicationStore(), certificates: certificateStore(), ...clock }, caller, by, params.id, body);
  return { body: { application: { id: application.id, status: application.status, version: application.version } } };
});
