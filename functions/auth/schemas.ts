import * as z from 'zod';
import '../shared/zod-messages.js';
import { mobileField } from '../applications/schemas.js';
import { LANGUAGES } from '../shared/i18n.js';

export const requestCodeBody = z.object({ phone: mobileField }).strict();
export const verifyCodeBody = z
  .object({
    phone: mobileField,
    code: z.string({ error: 'error.code.invalid' }).trim().regex(/^\d{6}$/, 'error.code.invalid'),
    language: z.enum(LANGUAGES).optional(),
  })
  .strict();
export const languageBody = z.object({ language: z.enum(LANGUAGES, { error: 'error.choose' }) }).strict();
