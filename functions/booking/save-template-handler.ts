import { routeHandler } from '../shared/http/route.js';
import { saveTemplate } from './sessions.js';

export const handler = routeHandler('POST /api/session-templates', async ({ deps, caller, body }) => {
  return { status: 201, body: await saveTemplate(deps, caller, body) };
});
