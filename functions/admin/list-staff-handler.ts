import { authedRoute } from '../shared/http/route.js';
import { userStore } from '../adapters/dependencies.js';
import { listStaff } from './manage-staff.js';

export const handler = authedRoute(['admin'], {}, async () => {
  return { body: { staff: await listStaff({ users: userStore() }) } };
});
