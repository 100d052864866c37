import { routeHandler } from '../shared/http/route.js';
import { heicToJpeg } from '../documents/heic-preview.js';
import { staffDocumentView } from './document-view.js';

export const handler = routeHandler('GET /api/staff/applications/{id}/documents/{documentId}/link', async ({ deps, caller, params }) => {
  return { body: await staffDocumentView({ ...deps, toJpeg: heicToJpeg }, caller, params.id, params.documentId) };
});
