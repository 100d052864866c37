import { routeHandler } from '../shared/http/route.js';
import { getConfig } from '../shared/config.js';
import { lookUpProgress } from './lookup.js';

/** 办件查询, without an account: status and next step only. */
export const handler = routeHandler('POST /api/progress', async ({ deps, body, event }) => {
  const config = getConfig();
  const limits = { perAddressPerHour: config.PROGRESS_PER_ADDRESS_PER_HOUR, perReferencePerHour: config.PROGRESS_PER_REFERENCE_PER_HOUR };
  return { body: { progress: await lookUpProgress({ ...deps, limits }, body.reference, body.idLast6, event.requestContext.http.sourceIp) } };
});
