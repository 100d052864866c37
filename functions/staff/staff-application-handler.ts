import { authedRoute } from '../shared/http/route.js';
import { applicationIdParam } from '../applications/schemas.js';
import { staffView } from './workspace.js';
import { workspaceDeps } from './staff-deps.js';

export const handler = authedRoute(['staff'], { params: applicationIdParam }, async ({ caller, params }) => {
  return { body: await staffView(workspaceDeps(), caller, params.id) };
});
