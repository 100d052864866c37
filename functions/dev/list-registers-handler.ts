import { routeHandler } from '../shared/http/route.js';
import { getConfig } from '../shared/config.js';
import { NotFoundError } from '../shared/errors.js';
import { maskIdNumber } from '../domain/id-number.js';
import { REGISTERS } from '../benefits/catalogue-schema.js';

/** Local only: the stand-in registers' records, for the dev page that changes them (ID numbers masked). */
export const handler = routeHandler('GET /api/dev/registers', async ({ deps }) => {
  if (getConfig().STAGE !== 'local') throw new NotFoundError();
  const records = (await Promise.all(REGISTERS.map((r) => deps.localRegisters.list(r)))).flat();
  return { body: { records: records.map(({ idNumber, ...r }) => ({ ...r, idNumberMasked: maskIdNumber(idNumber) })) } };
});
