import { maskMobile } from '../domain/phone.js';
import { maskEmail } from '../domain/email.js';
import { DEFAULT_CHANNELS, type User } from './ports.js';

/** What the web app shows of the signed-in person: phone masked, roles, district, language, how messages reach them. */
export function profileOf(user: User) {
  return {
    userId: user.userId,
    phoneMasked: maskMobile(user.phone),
    roles: user.roles,
    language: user.language,
    channels: user.channels ?? DEFAULT_CHANNELS,
    ...(user.email ? { emailMasked: maskEmail(user.email) } : {}),
    ...(user.district ? { district: user.district } : {}),
    ...(user.displayName ? { displayName: user.displayName } : {}),
  };
}
