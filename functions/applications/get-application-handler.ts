import { authedRoute } from '../shared/http/route.js';
import { applicationStore, clock, userStore } from '../adapters/dependencies.js';
import { applicationIdParam } from './schemas.js';
import { getMyApplication } from './read-applications.js';

export const handler = authedRoute(['citizen', 'staff'], { params: applicationIdParam }, async ({ caller, params }) => {
  return { body: await getMyApplication({ applications: applicationStore(), users: userStore(), ...clock }, caller, params.id) };
});
