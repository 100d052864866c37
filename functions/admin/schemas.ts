import * as z from 'zod';
import { mobileField, nameField } from '../applications/schemas.js';

export const saveStaffBody = z
  .object({
    phone: mobileField,
    name: nameField,
    district: z.string({ error: 'error.choose' }).regex(/^\d{6}$/, 'error.choose'),
    active: z.boolean().default(true),
  })
  .strict();

export const failedNoticeParam = z.object({ id: z.string({ error: 'error.notFound' }).regex(/^[\w#.:-]{1,200}$/, 'error.notFound') }).strict();
