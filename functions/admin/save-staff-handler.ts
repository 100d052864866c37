import { authedRoute } from '../shared/http/route.js';
import { clock, identityDirectory, userStore } from '../adapters/dependencies.js';
import { saveStaffBody } from './schemas.js';
import { saveStaff } from './manage-staff.js';

export const handler = authedRoute(['admin'], { body: saveStaffBody }, async ({ body }) => {
  return { body: { member: await saveStaff({ users: userStore(), identities: identityDirectory(), ...clock }, body) } };
});
