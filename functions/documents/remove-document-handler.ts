import { routeHandler } from '../shared/http/route.js';
import { removeDocument } from './manage-documents.js';
import { uploadLimits } from './upload-limits.js';

export const handler = routeHandler('DELETE /api/applications/{id}/documents/{documentId}', async ({ deps, caller, params }) => {
  await removeDocument({ ...deps, ...uploadLimits() }, caller, params.id, params.documentId);
  return { body: { removed: true } };
});
