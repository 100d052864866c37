import { routeHandler } from '../shared/http/route.js';
import { bookSeat } from './appointments.js';

export const handler = routeHandler('POST /api/applications/{id}/bookings', async ({ deps, caller, params, body }) => {
  return { status: 201, body: await bookSeat(deps, caller, params.id, body) };
});
