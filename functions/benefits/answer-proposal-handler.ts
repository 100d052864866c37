import { routeHandler } from '../shared/http/route.js';
import { versionOf } from '../matters/matter.js';
import { answerProposal } from './apply.js';

/** 政策找人: yes makes the proposal the person's draft to check and send; no closes it. */
export const handler = routeHandler('POST /api/benefit-applications/{id}/proposal', async ({ deps, caller, params, body }) => {
  const matter = await answerProposal(deps, caller, params.id, body.version, body.accept);
  return { body: { application: versionOf(matter) } };
});
