import { authedRoute } from '../shared/http/route.js';
import { applicationIdParam } from '../applications/schemas.js';
import { requestUploadBody } from './schemas.js';
import { requestUpload } from './manage-documents.js';
import { documentDeps } from './document-deps.js';

export const handler = authedRoute(['citizen', 'staff'], { params: applicationIdParam, body: requestUploadBody, idempotent: true }, async ({ caller, params, body }) => {
  return { status: 201, body: await requestUpload(documentDeps(), caller, params.id, body) };
});
