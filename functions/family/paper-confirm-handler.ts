import { routeHandler } from '../shared/http/route.js';
import { uploadLimits } from '../documents/upload-limits.js';
import { receivePaper } from './counter.js';

export const handler = routeHandler('POST /api/staff/applications/{id}/delegation-papers/{documentId}/confirm', async ({ deps, caller, params }) => {
  return { body: { document: await receivePaper({ ...deps, ...uploadLimits() }, caller, params.id, params.documentId) } };
});
