import * as z from 'zod';
import '../shared/zod-messages.js';
import { CORRECTION_SUBJECTS } from '../certificates/application.js';
import { DOCUMENT_KINDS } from '../applications/materials.js';
import { draftAnswersSchema, mobileField } from '../applications/schemas.js';
import { APPLICATION_STATUSES, MATTERS } from '../certificates/statuses.js';

const version = z.number({ error: 'error.required' }).int().positive();
/** A written explanation; `key` names the question where the path (`note`, `reason`) alone does not. */
const noteFor = (key?: string) => {
  const named = (code: string) => (key ? `${code}@${key}` : code);
  return z.string({ error: named('error.required') }).trim().min(2, named('error.required')).max(500, named('error.tooLong'));
};
const note = noteFor();
const grade = z.coerce.number({ error: 'error.choose' }).int().min(1, 'error.choose').max(4, 'error.choose');
const optionalNumber = z.coerce.number({ error: 'error.number' }).nonnegative('error.number').optional();

const component = z.object({
  category: z.coerce.number({ error: 'error.choose' }).int().min(1, 'error.choose').max(6, 'error.choose'),
  grade,
  measurement: z
    .object({ bestCorrectedAcuity: optionalNumber, averageLossDb: optionalNumber, iq: optionalNumber, dq: optionalNumber, whodas: optionalNumber })
    .strict()
    .optional(),
});
export type ComponentInput = z.infer<typeof component>;

const recordAssessmentDecision = z.object({ action: z.literal('recordAssessment'), version, components: z.array(component).min(1, 'error.choose').max(6) });
const recordNotMeetingDecision = z.object({ action: z.literal('recordNotMeetingStandard'), version, note: noteFor('notMeetingNote') });
/** The assessor records the result with the same step staff use. */
export const assessorResultBody = z.discriminatedUnion('action', [recordAssessmentDecision, recordNotMeetingDecision], { error: 'error.choose' });

/** One body per decision; `action` picks which. */
export const decisionBody = z.discriminatedUnion(
  'action',
  [
    z.object({
      action: z.literal('requestCorrection'),
      version,
      items: z
        .array(z.object({ subject: z.enum(CORRECTION_SUBJECTS, { error: 'error.choose' }), note }).strict())
        .min(1, 'error.corrections.none')
        .max(20),
    }),
    z.object({ action: z.literal('accept'), version, deferredKinds: z.array(z.enum(DOCUMENT_KINDS)).max(DOCUMENT_KINDS.length).default([]) }),
    z.object({
      action: z.literal('scheduleAssessment'),
      version,
      institutionId: z.string({ error: 'error.choose' }).min(1, 'error.choose'),
      at: z.iso.datetime({ local: true, error: 'error.dateTimeInvalid' }),
      mode: z.enum(['institution', 'homeVisit'], { error: 'error.choose' }),
    }),
    recordAssessmentDecision,
    recordNotMeetingDecision,
    z.object({ action: z.literal('startNotice'), version, community: z.string({ error: 'error.required' }).trim().min(2, 'error.required').max(60, 'error.tooLong') }),
    z.object({ action: z.literal('skipNoticeForMinor'), version }),
    z.object({ action: z.literal('endNotice'), version }),
    z.object({ action: z.literal('recordObjection'), version, note: noteFor('objectionNote') }),
    z.object({ action: z.literal('approve'), version }),
    z.object({ action: z.literal('reject'), version, reason: noteFor('rejectReason') }),
    z.object({ action: z.literal('produceCard'), version }),
    z.object({
      action: z.literal('ship'),
      version,
      courier: z.string({ error: 'error.required' }).trim().min(2, 'error.required').max(30, 'error.tooLong'),
      trackingNumber: z.string({ error: 'error.required' }).trim().regex(/^[A-Za-z0-9-]{6,30}$/, 'error.trackingNumber'),
    }),
    z.object({ action: z.literal('readyForPickup'), version }),
    z.object({ action: z.literal('confirmDelivery'), version }),
    z.object({ action: z.literal('confirmPickup'), version }),
    // 上门评残: approve or refuse a request (with the reason), then give it a team, a day and a window.
    z.object({ action: z.literal('approveHomeVisit'), version }),
    z.object({ action: z.literal('refuseHomeVisit'), version, reason: noteFor('homeVisitRefusal') }),
    z.object({
      action: z.literal('scheduleHomeVisit'),
      version,
      teamId: z.string({ error: 'error.choose' }).regex(/^[\w-]{1,40}$/, 'error.choose'),
      date: z.iso.date({ error: 'error.dateInvalid' }),
      window: z.string({ error: 'error.choose' }).regex(/^\d{2}:\d{2}-\d{2}:\d{2}$/, 'error.choose'),
    }),
  ],
  { error: 'error.choose' },
);
export type DecisionBody = z.infer<typeof decisionBody>;

export const queueQuery = z.object({
  matter: z.enum(MATTERS).optional(),
  status: z.enum([...APPLICATION_STATUSES, 'open'] as const).optional(),
  due: z.enum(['overdue', 'soon']).optional(),
  mine: z.enum(['true', 'false']).optional(),
  /** The assessment appointment: waiting to book, booked, missed (and not booked again), a home visit asked for or approved. */
  booking: z.enum(['waiting', 'booked', 'missed', 'homeVisit']).optional(),
});
export type QueueQuery = z.infer<typeof queueQuery>;

export const assignBody = z.object({ version, assigneeUserId: z.string({ error: 'error.choose' }).min(1, 'error.choose') }).strict();
export const revealBody = z.object({ field: z.enum(['personIdNumber', 'personPhone', 'agentPhone']) }).strict();

export const staffFilingBody = z
  .object({
    accountPhone: mobileField,
    channel: z.enum(['counter', 'homeVisit'], { error: 'error.choose' }),
    answers: draftAnswersSchema.default({}),
  })
  .strict();
