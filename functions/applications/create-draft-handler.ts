import { routeHandler } from '../shared/http/route.js';
import { createDraft } from '../matters/drafts.js';

export const handler = routeHandler('POST /api/applications', async ({ deps, caller, body }) => {
  const application = await createDraft(deps, caller.userId, body.answers, { matter: 'new' });
  return { status: 201, body: { application } };
});
