import { authedRoute } from '../shared/http/route.js';
import { staffFilingBody } from './schemas.js';
import { fileOnBehalf } from './file-on-behalf.js';
import { workspaceDeps } from './staff-deps.js';
import { identityDirectory } from '../adapters/dependencies.js';

export const handler = authedRoute(['staff'], { body: staffFilingBody, idempotent: true }, async ({ caller, body }) => {
  const application = await fileOnBehalf({ ...workspaceDeps(), identities: identityDirectory() }, caller, body.accountPhone, body.channel, body.answers);
  return { status: 201, body: { application } };
});
