import { authedRoute } from '../shared/http/route.js';
import { documentFiles } from '../adapters/dependencies.js';
import { documentParams } from '../documents/schemas.js';
import { staffDocumentLink } from './workspace.js';
import { workspaceDeps } from './staff-deps.js';

export const handler = authedRoute(['staff'], { params: documentParams }, async ({ caller, params }) => {
  return { body: { url: await staffDocumentLink({ ...workspaceDeps(), files: documentFiles() }, caller, params.id, params.documentId) } };
});
