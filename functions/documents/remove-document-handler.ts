import { authedRoute } from '../shared/http/route.js';
import { documentParams } from './schemas.js';
import { removeDocument } from './manage-documents.js';
import { documentDeps } from './document-deps.js';

export const handler = authedRoute(['citizen', 'staff'], { params: documentParams }, async ({ caller, params }) => {
  await removeDocument(documentDeps(), caller, params.id, params.documentId);
  return { body: { removed: true } };
});
