import { routeHandler } from '../shared/http/route.js';
import { requestUpload } from './manage-documents.js';
import { uploadLimits } from './upload-limits.js';

export const handler = routeHandler('POST /api/applications/{id}/documents', async ({ deps, caller, params, body }) => {
  return { status: 201, body: await requestUpload({ ...deps, ...uploadLimits() }, caller, params.id, body) };
});
