import * as z from 'zod';
import '../shared/zod-messages.js';
import { mobileFieldFor, nameField } from '../applications/schemas.js';

export const saveStaffBody = z
  .object({
    phone: mobileFieldFor('staffPhone'),
    name: nameField,
    district: z.string({ error: 'error.choose' }).regex(/^\d{6}$/, 'error.choose'),
    active: z.boolean({ error: 'error.choose' }).default(true),
    /** Staff of the district, or an assessor of one of its assessment institutions. */
    role: z.enum(['staff', 'assessor'], { error: 'error.choose@staffRole' }).default('staff'),
    institution: z.string({ error: 'error.choose' }).regex(/^[\w-]{1,40}$/, 'error.choose').optional(),
  })
  .strict();

export const failedNoticeParam = z.object({ id: z.string({ error: 'error.notFound' }).regex(/^[\w#.:-]{1,200}$/, 'error.notFound') }).strict();
