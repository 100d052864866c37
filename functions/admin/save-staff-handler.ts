import { routeHandler } from '../shared/http/route.js';
import { saveStaff } from './manage-staff.js';

export const handler = routeHandler('PUT /api/admin/staff', async ({ deps, body }) => {
  return { body: { member: await saveStaff(deps, body) } };
});
