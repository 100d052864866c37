import { maskMobile } from '../domain/phone.js';
import type { User } from './ports.js';

/** What the web app shows of the signed-in person: phone masked, roles, district, language. */
export function profileOf(user: User) {
  return {
    userId: user.userId,
    phoneMasked: maskMobile(user.phone),
    roles: user.roles,
    language: user.language,
    ...(user.district ? { district: user.district } : {}),
    ...(user.displayName ? { displayName: user.displayName } : {}),
  };
}
