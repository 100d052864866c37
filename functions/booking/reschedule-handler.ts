import { routeHandler } from '../shared/http/route.js';
import { reschedule } from './appointments.js';

export const handler = routeHandler('POST /api/applications/{id}/bookings/{bookingId}/reschedule', async ({ deps, caller, params, body }) => {
  return { body: await reschedule(deps, caller, params.id, params.bookingId, body) };
});
