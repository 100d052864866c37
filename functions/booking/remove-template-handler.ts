import { routeHandler } from '../shared/http/route.js';
import { removeTemplate } from './sessions.js';

export const handler = routeHandler('DELETE /api/session-templates/{institutionId}/{templateId}', async ({ deps, caller, params, body }) => {
  await removeTemplate(deps, caller, params.institutionId, params.templateId);
  return { body: { removed: true } };
});
