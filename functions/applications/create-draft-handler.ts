import { authedRoute } from '../shared/http/route.js';
import { applicationStore, clock } from '../adapters/dependencies.js';
import { createDraftBody } from './schemas.js';
import { createDraft } from './manage-drafts.js';

export const handler = authedRoute(['citizen'], { body: createDraftBody, idempotent: true }, async ({ caller, body }) => {
  const application = await createDraft({ applications: applicationStore(), ...clock }, caller.userId, body.answers);
  return { status: 201, body: { application } };
});
