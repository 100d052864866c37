import { routeHandler } from '../shared/http/route.js';
import { cancelBooking } from './appointments.js';

export const handler = routeHandler('POST /api/applications/{id}/bookings/{bookingId}/cancel', async ({ deps, caller, params, body }) => {
  return { body: await cancelBooking(deps, caller, params.id, params.bookingId, body.version) };
});
