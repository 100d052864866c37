import { routeHandler } from '../shared/http/route.js';
import { getConfig } from '../shared/config.js';
import { revealBankAccount } from './reviews.js';

export const handler = routeHandler('POST /api/reviews/{id}/bank-account', async ({ deps, caller, params, body }) => {
  const accountNumber = await revealBankAccount({ ...deps, revealsPerHour: getConfig().REVEALS_PER_HOUR }, caller, params.id, body.purpose);
  return { body: { accountNumber } };
});
