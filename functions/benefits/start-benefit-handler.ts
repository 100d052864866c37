import { routeHandler } from '../shared/http/route.js';
import { getConfig } from '../shared/config.js';
import { startBenefit, viewForReader } from './apply.js';

/** Apply on a likely benefit: a draft pre-filled from the card, the registers consented to asked at once. */
export const handler = routeHandler('POST /api/benefit-applications', async ({ deps, caller, body, lang }) => {
  const matter = await startBenefit({ ...deps, typedLookupsPerDay: getConfig().TYPED_LOOKUPS_PER_DAY }, caller, caller.userId, body);
  return { status: 201, body: await viewForReader(deps, caller, matter.id, lang) };
});
