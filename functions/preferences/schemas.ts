import * as z from 'zod';
import '../shared/zod-messages.js';
import { normaliseEmail } from '../domain/email.js';

export const channelsBody = z.object({ sms: z.boolean({ error: 'error.choose@smsChannel' }), email: z.boolean({ error: 'error.choose@emailChannel' }) }).strict();

export const emailBody = z
  .object({
    email: z
      .string({ error: 'error.required' })
      .min(1, 'error.required')
      .max(254, 'error.tooLong')
      .refine((v) => normaliseEmail(v) !== null, 'error.email.format')
      .transform((v) => normaliseEmail(v)!),
  })
  .strict();

export const emailTokenBody = z.object({ token: z.string({ error: 'error.email.linkExpired' }).regex(/^[\w-]{43}$/, 'error.email.linkExpired') }).strict();
