/** The booking routes' input, shared with the web forms. Messages are i18n codes (`error.*`). */
import * as z from 'zod';
import '../shared/zod-messages.js';
import { ACCESSIBILITY_NEEDS, ASSESSED_CATEGORIES, HOME_VISIT_REASONS } from './booking.js';

const version = z.number({ error: 'error.required' }).int().positive();
const ulid = /^[0-9A-HJKMNP-TV-Z]{26}$/;
/** A real calendar date, written YYYY-MM-DD. */
export const dateField = z.iso.date({ error: 'error.dateInvalid' });
const time = z.string({ error: 'error.required' }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'error.timeInvalid');
const needs = z.array(z.enum(ACCESSIBILITY_NEEDS, { error: 'error.choose' })).max(ACCESSIBILITY_NEEDS.length, 'error.tooMany');
const sessionId = z.string({ error: 'error.choose' }).regex(/^[\w-]{1,80}$/, 'error.choose');
const institutionId = z.string({ error: 'error.choose' }).regex(/^[\w-]{1,40}$/, 'error.choose');
const note = (key: string) => z.string({ error: `error.required@${key}` }).trim().min(2, `error.required@${key}`).max(500, `error.tooLong@${key}`);

export const bookingParams = z.object({ id: z.string().regex(ulid, 'error.notFound'), bookingId: z.string().regex(ulid, 'error.notFound') });
export const waitParams = z.object({ id: z.string().regex(ulid, 'error.notFound'), sessionId: sessionId.refine(Boolean, 'error.notFound') });
export const sessionParam = z.object({ sessionId: z.string().regex(/^[\w-]{1,80}$/, 'error.notFound') });
export const templateParams = z.object({ institutionId: z.string().regex(/^[\w-]{1,40}$/, 'error.notFound'), templateId: z.string().regex(/^[\w-]{1,80}$/, 'error.notFound') });

export const availabilityQuery = z
  .object({ category: z.enum(ASSESSED_CATEGORIES, { error: 'error.choose' }).optional(), from: dateField.optional(), to: dateField.optional() })
  .strict();

export const bookBody = z.object({ version, sessionId, needs: needs.optional(), fromWaitingList: z.boolean({ error: 'error.choose' }).optional() }).strict();
export const rescheduleBody = z
  .object({ version, sessionId: sessionId.optional(), date: dateField.optional(), window: z.string({ error: 'error.choose' }).regex(/^\d{2}:\d{2}-\d{2}:\d{2}$/, 'error.choose').optional() })
  .strict();
export const versionBody = z.object({ version }).strict();
export const waitBody = z.object({ sessionId, needs: needs.optional() }).strict();
export const homeVisitBody = z
  .object({
    version,
    reason: z.enum(HOME_VISIT_REASONS, { error: 'error.choose@homeVisitReason' }),
    note: z.string({ error: 'error.required@homeVisitNote' }).trim().max(500, 'error.tooLong@homeVisitNote').optional(),
    townshipId: z.string({ error: 'error.choose' }).regex(/^[\w-]{1,40}$/, 'error.choose'),
    community: z.string({ error: 'error.required@homeVisitCommunity' }).trim().min(2, 'error.required@homeVisitCommunity').max(60, 'error.tooLong@homeVisitCommunity'),
  })
  .strict();

const sessionShape = {
  institutionId,
  start: time,
  end: time,
  category: z.enum(ASSESSED_CATEGORIES, { error: 'error.choose@sessionCategory' }),
  seats: z.number({ error: 'error.number' }).int('error.number').min(1, 'error.seats.range').max(200, 'error.seats.range'),
  accessibility: needs.default([]),
};
const startBeforeEnd = (s: { start: string; end: string }) => s.start < s.end;
export const sessionBody = z.object({ ...sessionShape, date: dateField }).strict().refine(startBeforeEnd, { path: ['end'], message: 'error.timeOrder' });
export const templateBody = z
  .object({ ...sessionShape, weekday: z.number({ error: 'error.choose' }).int().min(1, 'error.choose').max(7, 'error.choose') })
  .strict()
  .refine(startBeforeEnd, { path: ['end'], message: 'error.timeOrder' });
export const closeBody = z.object({ reason: note('closeReason') }).strict();
export const checkInBody = z.object({ reference: z.string({ error: 'error.required' }).trim().min(1, 'error.required').max(300, 'error.reference.format') }).strict();
export const sessionsQuery = z.object({ institutionId: institutionId.optional(), from: dateField.optional(), to: dateField.optional() }).strict();
export const planQuery = z.object({ from: dateField.optional(), to: dateField.optional() }).strict();
