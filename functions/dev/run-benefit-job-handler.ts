import { routeHandler } from '../shared/http/route.js';
import { getConfig } from '../shared/config.js';
import { NotFoundError } from '../shared/errors.js';
import { districts } from '../districts/district-config.js';
import { benefitsNightly } from '../benefits/nightly.js';

/** Local only: run the benefits' nightly job now (after changing a register on the dev page). */
export const handler = routeHandler('POST /api/dev/benefit-job', async ({ deps }) => {
  if (getConfig().STAGE !== 'local') throw new NotFoundError();
  return { body: await benefitsNightly(deps, districts) };
});
