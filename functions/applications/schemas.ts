/**
 * The application's answers, shared by the web forms and the handlers. Messages are i18n keys
 * (`error.*`), translated by whoever shows them.
 */
import * as z from 'zod';
import '../shared/zod-messages.js';
import { ageOn, normaliseIdNumber, parseIdNumber } from '../domain/id-number.js';
import { shanghaiDate } from '../domain/time.js';
import { normaliseMobile } from '../domain/phone.js';
import { isAcceptableName, normaliseName } from '../domain/person-name.js';
import { CATEGORIES, guardianRequired } from './materials.js';
import { CERTIFICATE_MATTERS } from '../certificates/statuses.js';

export const idNumberField = z
  .string({ error: 'error.required' })
  .trim()
  .min(1, 'error.required')
  .superRefine((value, ctx) => {
    const parsed = parseIdNumber(value);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: `error.idNumber.${parsed.problem}` });
  })
  // Stored as 18 plain characters however it was typed (spaces, full-width digits, a lower-case x).
  .transform(normaliseIdNumber);

/** A mobile number; `key` names the question where the field's path alone does not (a staff member's phone). */
export const mobileFieldFor = (key?: string) => {
  const named = (code: string) => (key ? `${code}@${key}` : code);
  return z
    .string({ error: named('error.required') })
    .trim()
    .min(1, named('error.required'))
    .refine((v) => normaliseMobile(v) !== null, named('error.phone.invalid'))
    .transform((v) => normaliseMobile(v)!);
};
export const mobileField = mobileFieldFor();

export const nameField = z
  .string({ error: 'error.required' })
  .trim()
  .min(1, 'error.required')
  .refine(isAcceptableName, 'error.name.invalid')
  .transform(normaliseName);

const addressField = z.string({ error: 'error.required' }).trim().min(5, 'error.address.tooShort').max(200, 'error.address.tooLong');

export const RELATIONSHIPS = ['parent', 'spouse', 'child', 'sibling', 'otherRelative', 'villageCommittee', 'entrusted'] as const;

/** Every answer; while a draft, any may be missing. */
export const answersShape = {
  forWhom: z.enum(['self', 'other'], { error: 'error.choose' }),
  actingAs: z.enum(['self', 'guardian', 'agent'], { error: 'error.choose' }),
  relationship: z.enum(RELATIONSHIPS, { error: 'error.choose' }),
  isMinor: z.boolean({ error: 'error.choose' }),
  category: z.enum(CATEGORIES, { error: 'error.choose' }),
  hasIdCard: z.boolean({ error: 'error.choose' }),
  personName: nameField,
  personIdNumber: idNumberField,
  personPhone: mobileField,
  agentName: nameField,
  agentPhone: mobileField,
  hukouAddress: addressField,
  currentAddress: addressField,
  hukouDistrictName: z.string({ error: 'error.required' }).trim().min(2, 'error.required').max(60, 'error.tooLong'),
  districtCode: z.string({ error: 'error.choose' }).regex(/^\d{6}$/, 'error.choose'),
  delivery: z.enum(['express', 'pickup'], { error: 'error.choose' }),
  deliveryAddress: addressField,
  consent: z.literal(true, { error: 'error.consent' }),
  /** 告知承诺 for a lost card: the holder's signed statement replaces a newspaper notice or police report. */
  lossPromise: z.literal(true, { error: 'error.lossPromise' }),
  /** 容缺受理: the signed promise to send the deferred materials by their date. */
  deferralPromise: z.literal(true, { error: 'error.deferralPromise' }),
};

/** What a draft save accepts: any subset of answers, each valid in itself; blank fields are simply not yet answered. */
export const draftAnswersSchema = z.object(answersShape).partial().strict();
export type DraftAnswers = z.infer<typeof draftAnswersSchema>;
export type DraftAnswersInput = z.input<typeof draftAnswersSchema>;

/** The complete, consistent answers needed to submit. */
export const completeAnswersSchema = z
  .object({
    ...answersShape,
    relationship: answersShape.relationship.optional(),
    personPhone: answersShape.personPhone.optional(),
    agentName: answersShape.agentName.optional(),
    agentPhone: answersShape.agentPhone.optional(),
    deliveryAddress: answersShape.deliveryAddress.optional(),
    lossPromise: answersShape.lossPromise.optional(),
    deferralPromise: answersShape.deferralPromise.optional(),
  })
  .superRefine((a, ctx) => {
    const forOther = a.forWhom === 'other';
    if (forOther && a.actingAs === 'self') ctx.addIssue({ code: 'custom', path: ['actingAs'], message: 'error.actingAs.forOther' });
    if (!forOther && a.actingAs !== 'self') ctx.addIssue({ code: 'custom', path: ['actingAs'], message: 'error.actingAs.forSelf' });
    const facts = parseIdNumber(a.personIdNumber);
    const isMinor = facts.ok ? isMinorOn(facts.facts.birthDate, new Date()) : a.isMinor;
    if (guardianRequired({ isMinor, category: a.category }) && a.actingAs !== 'guardian') {
      ctx.addIssue({ code: 'custom', path: ['actingAs'], message: 'error.actingAs.guardianRequired' });
    }
    if (forOther) {
      if (!a.relationship) ctx.addIssue({ code: 'custom', path: ['relationship'], message: 'error.choose' });
      if (!a.agentName) ctx.addIssue({ code: 'custom', path: ['agentName'], message: 'error.required' });
      if (!a.agentPhone) ctx.addIssue({ code: 'custom', path: ['agentPhone'], message: 'error.required' });
    } else if (!a.personPhone) {
      ctx.addIssue({ code: 'custom', path: ['personPhone'], message: 'error.required' });
    }
    if (a.delivery === 'express' && !a.deliveryAddress) {
      ctx.addIssue({ code: 'custom', path: ['deliveryAddress'], message: 'error.required' });
    }
  });
export type CompleteAnswers = z.infer<typeof completeAnswersSchema>;

export function isMinorOn(birthDate: string, now: Date): boolean {
  return ageOn(birthDate, shanghaiDate(now)) < 18;
}

/** The person's age from their ID number, when it is a valid one. */
export function personAge(answers: Pick<DraftAnswers, 'personIdNumber'>, now: Date): number | undefined {
  const id = answers.personIdNumber ? parseIdNumber(answers.personIdNumber) : undefined;
  return id?.ok ? ageOn(id.facts.birthDate, shanghaiDate(now)) : undefined;
}

/** A minor by the ID number where there is a valid one (it cannot be mis-ticked), else by the answer. */
export function personIsMinor(answers: Pick<DraftAnswers, 'personIdNumber' | 'isMinor'>, now: Date): boolean {
  const age = personAge(answers, now);
  return age !== undefined ? age < 18 : answers.isMinor === true;
}

/** The start page's questions: enough to list every material (一次性告知) before the form begins. */
export const startQuestionsSchema = z
  .object({
    forWhom: answersShape.forWhom,
    actingAs: answersShape.actingAs.optional(),
    isMinor: answersShape.isMinor,
    category: answersShape.category,
    hasIdCard: answersShape.hasIdCard,
    districtCode: answersShape.districtCode,
  })
  .superRefine((q, ctx) => {
    if (q.forWhom === 'other' && q.actingAs !== 'guardian' && q.actingAs !== 'agent') {
      ctx.addIssue({ code: 'custom', path: ['actingAs'], message: 'error.choose' });
    }
    if (guardianRequired({ isMinor: q.isMinor, category: q.category }) && q.actingAs !== 'guardian') {
      ctx.addIssue({ code: 'custom', path: ['actingAs'], message: 'error.actingAs.guardianRequired' });
    }
  })
  .transform((q) => ({ ...q, actingAs: q.forWhom === 'self' ? ('self' as const) : q.actingAs! }));
export type StartQuestions = z.output<typeof startQuestionsSchema>;

/** What a renewal, change, reissue or cancellation needs beyond the card's own data. */
export const matterAnswersSchema = z
  .object({
    matter: z.enum(CERTIFICATE_MATTERS),
    delivery: answersShape.delivery.optional(),
    deliveryAddress: answersShape.deliveryAddress.optional(),
    lossPromise: answersShape.lossPromise.optional(),
    // Optional here and checked below, so every missing answer is listed at once.
    consent: answersShape.consent.optional(),
  })
  .superRefine((a, ctx) => {
    if (a.consent !== true) ctx.addIssue({ code: 'custom', path: ['consent'], message: 'error.consent' });
    if (a.matter !== 'cancellation' && !a.delivery) ctx.addIssue({ code: 'custom', path: ['delivery'], message: 'error.choose' });
    if (a.delivery === 'express' && !a.deliveryAddress) ctx.addIssue({ code: 'custom', path: ['deliveryAddress'], message: 'error.required' });
    if (a.matter === 'reissue' && a.lossPromise !== true) ctx.addIssue({ code: 'custom', path: ['lossPromise'], message: 'error.lossPromise' });
  });
