import { routeHandler } from '../shared/http/route.js';
import { getConfig } from '../shared/config.js';
import { saveBenefit, viewForReader } from './apply.js';

/** Answers, consent to more registers (asked at once) and the bank account (checked, sealed), in one change. */
export const handler = routeHandler('PUT /api/benefit-applications/{id}', async ({ deps, caller, params, body, lang }) => {
  await saveBenefit({ ...deps, typedLookupsPerDay: getConfig().TYPED_LOOKUPS_PER_DAY }, caller, params.id, body);
  return { body: await viewForReader(deps, caller, params.id, lang) };
});
