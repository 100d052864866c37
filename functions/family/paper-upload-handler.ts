import { routeHandler } from '../shared/http/route.js';
import { uploadLimits } from '../documents/upload-limits.js';
import { announcePaper } from './counter.js';

/** Staff announce the scan of a delegation signed on paper; answers with a presigned PUT URL. */
export const handler = routeHandler('POST /api/staff/applications/{id}/delegation-papers', async ({ deps, caller, params, body }) => {
  return { status: 201, body: await announcePaper({ ...deps, ...uploadLimits() }, caller, params.id, body) };
});
