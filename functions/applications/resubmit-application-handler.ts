import { authedRoute } from '../shared/http/route.js';
import { applicationStore, clock, documentFiles, userStore } from '../adapters/dependencies.js';
import { applicationIdParam, submitBody } from './schemas.js';
import { resubmitApplication } from './submit-application.js';
import { staffActing } from '../staff/workspace.js';

export const handler = authedRoute(['citizen', 'staff'], { params: applicationIdParam, body: submitBody, idempotent: true }, async ({ caller, params, body }) => {
  const staffName = caller.roles.includes('staff') ? (await staffActing(userStore(), caller)).name : undefined;
  const application = await resubmitApplication({ applications: applicationStore(), files: documentFiles(), ...clock }, caller, params.id, body.version, staffName);
  return { body: { application: { id: application.id, status: application.status, version: application.version } } };
});
