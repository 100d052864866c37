import { authedRoute } from '../shared/http/route.js';
import { applicationStore, clock } from '../adapters/dependencies.js';
import { applicationIdParam, updateDraftBody } from './schemas.js';
import { saveDraft } from './manage-drafts.js';

export const handler = authedRoute(['citizen', 'staff'], { params: applicationIdParam, body: updateDraftBody }, async ({ caller, params, body }) => {
  const application = await saveDraft({ applications: applicationStore(), ...clock }, caller, params.id, body.version, body.answers, body.masks);
  return { body: { application } };
});
