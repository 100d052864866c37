import { routeHandler } from '../shared/http/route.js';
import { appointmentOverview } from './appointments.js';

export const handler = routeHandler('GET /api/applications/{id}/booking', async ({ deps, caller, params, body }) => {
  return { body: await appointmentOverview(deps, caller, params.id) };
});
