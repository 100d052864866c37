import { routeHandler } from '../shared/http/route.js';
import { listStaff } from './manage-staff.js';

export const handler = routeHandler('GET /api/admin/staff', async ({ deps }) => {
  return { body: { staff: await listStaff(deps) } };
});
