import { routeHandler } from '../shared/http/route.js';
import { fileOnBehalf } from './file-on-behalf.js';

export const handler = routeHandler('POST /api/staff/filings', async ({ deps, caller, body }) => {
  const application = await fileOnBehalf(deps, caller, body.accountPhone, body.channel, body.answers);
  return { status: 201, body: { application } };
});
