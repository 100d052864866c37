import { authedRoute } from '../shared/http/route.js';
import { documentParams } from './schemas.js';
import { documentLink } from './manage-documents.js';
import { documentDeps } from './document-deps.js';

export const handler = authedRoute(['citizen'], { params: documentParams }, async ({ caller, params }) => {
  return { body: { url: await documentLink(documentDeps(), caller.userId, params.id, params.documentId) } };
});
