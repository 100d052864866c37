import { routeHandler } from '../shared/http/route.js';
import { saveDraft } from '../matters/drafts.js';

export const handler = routeHandler('PUT /api/applications/{id}', async ({ deps, caller, params, body }) => {
  const application = await saveDraft(deps, caller, params.id, body.version, body.answers, body.masks);
  return { body: { application } };
});
