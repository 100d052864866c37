import { authedRoute } from '../shared/http/route.js';
import { documentFiles } from '../adapters/dependencies.js';
import { documentParams } from '../documents/schemas.js';
import { heicToJpeg } from '../documents/heic-preview.js';
import { staffDocumentView } from './document-view.js';
import { workspaceDeps } from './staff-deps.js';

export const handler = authedRoute(['staff'], { params: documentParams }, async ({ caller, params }) => {
  return { body: await staffDocumentView({ ...workspaceDeps(), files: documentFiles(), toJpeg: heicToJpeg }, caller, params.id, params.documentId) };
});
