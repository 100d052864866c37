import { routeHandler } from '../shared/http/route.js';
import { documentLink } from './manage-documents.js';
import { uploadLimits } from './upload-limits.js';

export const handler = routeHandler('GET /api/applications/{id}/documents/{documentId}/link', async ({ deps, caller, params }) => {
  return { body: { url: await documentLink({ ...deps, ...uploadLimits() }, caller, params.id, params.documentId) } };
});
