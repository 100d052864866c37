import { authedRoute } from '../shared/http/route.js';
import { documentParams } from './schemas.js';
import { confirmUpload } from './manage-documents.js';
import { documentDeps } from './document-deps.js';

export const handler = authedRoute(['citizen', 'staff'], { params: documentParams }, async ({ caller, params }) => {
  return { body: { document: await confirmUpload(documentDeps(), caller, params.id, params.documentId) } };
});
