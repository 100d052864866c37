import { routeHandler } from '../shared/http/route.js';
import { recordNoShow } from './assessor-desk.js';

export const handler = routeHandler('POST /api/applications/{id}/bookings/{bookingId}/missed', async ({ deps, caller, params, body }) => {
  return { body: await recordNoShow(deps, caller, params.id, params.bookingId, body.version) };
});
