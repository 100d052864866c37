import { routeHandler } from '../shared/http/route.js';
import { getConfig } from '../shared/config.js';
import { fileBenefitOnBehalf } from './benefit-filing.js';

export const handler = routeHandler('POST /api/staff/benefit-filings', async ({ deps, caller, body, lang }) => {
  return { status: 201, body: await fileBenefitOnBehalf({ ...deps, typedLookupsPerDay: getConfig().TYPED_LOOKUPS_PER_DAY }, caller, body, lang) };
});
