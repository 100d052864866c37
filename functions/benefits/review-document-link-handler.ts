import { routeHandler } from '../shared/http/route.js';
import { heicToJpeg } from '../documents/heic-preview.js';
import { staffDocumentView } from '../staff/document-view.js';
import { STAGE_PART } from './benefit-matter.js';
import { stagesOf } from './reviews.js';

export const handler = routeHandler('GET /api/reviews/{id}/documents/{documentId}/link', async ({ deps, caller, params }) => {
  const part = STAGE_PART[stagesOf(caller)[0] ?? 'township'];
  return { body: await staffDocumentView({ ...deps, toJpeg: heicToJpeg }, caller, params.id, params.documentId, part) };
});
