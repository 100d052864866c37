import { authedRoute } from '../shared/http/route.js';
import { userStore } from '../adapters/dependencies.js';
import { NotFoundError } from '../shared/errors.js';
import { profileOf } from './profile.js';

export const handler = authedRoute(['citizen', 'staff', 'admin'], {}, async ({ caller }) => {
  const user = await userStore().get(caller.userId);
  if (!user) throw new NotFoundError();
  return { body: { profile: profileOf(user) } };
});
