import { routeHandler } from '../shared/http/route.js';
import { profileOf } from './profile.js';

/**
 * On AWS, Cognito signs people up; their profile here (language, name, the account notices go to) is
 * made from the verified token at the first call. Roles and district always come from the token.
 */
export const handler = routeHandler('GET /api/me', async ({ deps, caller }) => {
  const user =
    (await deps.users.get(caller.userId)) ??
    (await deps.users.createOrGet({
      userId: caller.userId,
      phone: caller.phone,
      roles: caller.roles,
      ...(caller.district ? { district: caller.district } : {}),
      language: 'zh-CN',
      createdAt: new Date().toISOString(),
    }));
  const { district: _stored, ...rest } = user;
  return { body: { profile: profileOf({ ...rest, roles: caller.roles, ...(caller.district ? { district: caller.district } : {}) }) } };
});
