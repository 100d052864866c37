import { authedRoute } from '../shared/http/route.js';
import { applicationIdParam } from '../applications/schemas.js';
import { assignBody } from './schemas.js';
import { assign } from './assign.js';
import { workspaceDeps } from './staff-deps.js';

export const handler = authedRoute(['staff'], { params: applicationIdParam, body: assignBody }, async ({ caller, params, body }) => {
  const application = await assign(workspaceDeps(), caller, params.id, body.assigneeUserId, body.version);
  return { body: { application: { id: application.id, status: application.status, version: application.version, assignee: application.assignee } } };
});
