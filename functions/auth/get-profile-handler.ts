import { authedRoute } from '../shared/http/route.js';
import { dependencies } from '../adapters/dependencies.js';
import { NotFoundError } from '../shared/errors.js';
import { profileOf } from './profile.js';

export const handler = authedRoute(['citizen', 'staff', 'admin'], {}, async ({ caller }) => {
  const user = await dependencies().users.get(caller.userId);
  if (!user) throw new NotFoundError();
  return { body: { profile: profileOf(user) } };
});
