import { routeHandler } from '../shared/http/route.js';
import { confirmUpload } from './manage-documents.js';
import { uploadLimits } from './upload-limits.js';

export const handler = routeHandler('POST /api/applications/{id}/documents/{documentId}/confirm', async ({ deps, caller, params }) => {
  return { body: { document: await confirmUpload({ ...deps, ...uploadLimits() }, caller, params.id, params.documentId) } };
});
