/** The benefit routes' inputs, shared by the handlers and the web forms. Messages are i18n codes. */
import * as z from 'zod';
import '../shared/zod-messages.js';
import { idNumberField, mobileField, nameField } from '../applications/schemas.js';
import { withoutMasks } from '../matters/sensitive-answers.js';
import { ALLOWANCES, BENEFIT_MATERIALS, FACTS, HOUSEHOLD_STATUSES, REGISTERS, STAGES } from './catalogue-schema.js';
import { bankAccountInput } from './bank-account.js';

const version = z.number({ error: 'error.required' }).int().positive();
const district = z.string({ error: 'error.choose' }).regex(/^\d{6}$/, 'error.choose');
// Which ids exist is the catalogue's to say (a benefit the district does not offer is answered as such);
// importing it here would put the whole catalogue into every function's bundle through the route table.
const benefitId = z.string({ error: 'error.choose' }).regex(/^[a-z][a-z-]{2,40}$/, 'error.choose');
const certificateNumber = z.string({ error: 'error.required' }).regex(/^\d{17}[\dX][1-7][1-4](B[1-9]\d*)?$/, 'error.certificateNumber');
const consents = z.array(z.enum(REGISTERS, { error: 'error.choose' })).max(REGISTERS.length, 'error.tooMany');
const noteFor = (key: string) => z.string({ error: `error.required@${key}` }).trim().min(2, `error.required@${key}`).max(500, `error.tooLong@${key}`);

export const allowancesField = z
  .array(
    z
      .object({
        kind: z.enum(ALLOWANCES, { error: 'error.choose' }),
        monthlyYuan: z.number({ error: 'error.number' }).nonnegative('error.benefit.amount').max(100_000, 'error.benefit.amount').optional(),
      })
      .strict(),
  )
  .max(ALLOWANCES.length, 'error.tooMany')
  .refine((list) => new Set(list.map((a) => a.kind)).size === list.length, 'error.benefit.allowanceTwice');

const factsField = z.object(Object.fromEntries(FACTS.map((f) => [f, z.boolean({ error: 'error.choose' })])) as Record<(typeof FACTS)[number], z.ZodBoolean>).partial().strict();

/** "What can I get?": the public check's questions, one page each. Out-of-range answers are refused, not guessed. */
export const checkBody = z
  .object({
    districtCode: district,
    hasCard: z.boolean({ error: 'error.choose' }),
    category: z.number({ error: 'error.choose' }).int().min(1, 'error.choose').max(7, 'error.choose').optional(),
    grade: z.number({ error: 'error.choose' }).int().min(1, 'error.choose').max(4, 'error.choose').optional(),
    age: z.number({ error: 'error.benefit.age' }).int('error.benefit.age').min(0, 'error.benefit.age').max(120, 'error.benefit.age'),
    household: z.enum([...HOUSEHOLD_STATUSES, 'unknown'], { error: 'error.choose' }),
    allowances: allowancesField.optional(),
    hasDiagnosis: z.boolean({ error: 'error.choose' }).optional(),
    facts: factsField.optional(),
  })
  .strict()
  .superRefine((b, ctx) => {
    if (b.hasCard && b.category === undefined) ctx.addIssue({ code: 'custom', path: ['category'], message: 'error.choose' });
    if (b.hasCard && b.grade === undefined) ctx.addIssue({ code: 'custom', path: ['grade'], message: 'error.choose' });
  });
export type CheckBody = z.output<typeof checkBody>;

/** Apply: from a likely benefit, for the card's holder (or, where a diagnosis stands in, for a child without one). */
export const startBenefitBody = z
  .object({ benefitId, certificateNumber: certificateNumber.optional(), districtCode: district.optional(), consents: consents.default([]) })
  .strict()
  .refine((b) => b.certificateNumber !== undefined || b.districtCode !== undefined, { path: ['districtCode'], message: 'error.choose' });

export const benefitAnswersShape = {
  personName: nameField,
  personIdNumber: idNumberField,
  personPhone: mobileField,
  actingAs: z.enum(['self', 'guardian', 'agent'], { error: 'error.choose' }),
  agentName: nameField,
  household: z.enum(HOUSEHOLD_STATUSES, { error: 'error.choose' }),
  allowances: allowancesField,
  facts: factsField,
  hasDiagnosis: z.boolean({ error: 'error.choose' }),
  institutionId: z.string({ error: 'error.choose' }).min(1, 'error.choose').max(40, 'error.choose'),
  declaration: z.literal(true, { error: 'error.consent' }),
};
const benefitAnswers = z.object(benefitAnswersShape).partial().strict();

/** A save: answers (a mask sent back keeps its number), consent to more registers, the bank account. */
export const saveBenefitBody = z
  .object({ version, answers: z.record(z.string(), z.unknown()).optional(), consents: consents.optional(), bankAccount: bankAccountInput.optional() })
  .strict()
  .transform((body, ctx) => {
    const { answers, masks } = withoutMasks(body.answers ?? {});
    const parsed = benefitAnswers.safeParse(answers);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, path: ['answers', ...issue.path] } as never);
      return z.NEVER;
    }
    return { ...body, answers: parsed.data, masks };
  });
export type SaveBenefitBody = z.output<typeof saveBenefitBody>;

export const proposalBody = z.object({ version, accept: z.boolean({ error: 'error.choose@proposalAnswer' }) }).strict();

export const benefitFilingBody = z
  .object({ accountPhone: mobileField, channel: z.enum(['counter', 'homeVisit'], { error: 'error.choose' }), benefitId, certificateNumber, consents: consents.default([]) })
  .strict();

export const reviewQueueQuery = z.object({ stage: z.enum(STAGES).optional(), due: z.enum(['overdue', 'soon']).optional() }).strict();

const correctionSubjects = ['answers', 'bankAccount', ...BENEFIT_MATERIALS] as const;
const note = z.string({ error: 'error.required@reviewNote' }).trim().max(500, 'error.tooLong@reviewNote').optional();

export const reviewDecisionBody = z.discriminatedUnion(
  'action',
  [
    z.object({
      action: z.literal('requestCorrection'),
      version,
      items: z.array(z.object({ subject: z.enum(correctionSubjects, { error: 'error.choose' }), note: noteFor('correctionNote') }).strict()).min(1, 'error.corrections.none').max(20, 'error.tooMany'),
    }).strict(),
    z.object({ action: z.literal('passTownship'), version, note }).strict(),
    z.object({ action: z.literal('passFederation'), version, note }).strict(),
    z.object({ action: z.literal('passCivilAffairs'), version, incomeChecked: z.literal(true, { error: 'error.benefit.incomeCheck' }), note }).strict(),
    z.object({ action: z.literal('refuseTownship'), version, reason: noteFor('refuseReason') }).strict(),
    z.object({ action: z.literal('refuseFederation'), version, reason: noteFor('refuseReason') }).strict(),
    z.object({ action: z.literal('refuseCivilAffairs'), version, reason: noteFor('refuseReason') }).strict(),
    z.object({ action: z.literal('endNotice'), version }).strict(),
    z.object({ action: z.literal('recordObjection'), version, note: noteFor('objectionNote') }).strict(),
  ],
  { error: 'error.choose' },
);
export type ReviewDecisionBody = z.infer<typeof reviewDecisionBody>;

export const revealBankBody = z.object({ purpose: noteFor('revealPurpose') }).strict();

export const devRegisterBody = z
  .object({
    register: z.enum(REGISTERS, { error: 'error.choose' }),
    idNumber: idNumberField,
    personName: nameField,
    /** answers: the given answer; silent: no answer at all; garbage: an answer nobody can read. */
    mode: z.enum(['answers', 'silent', 'garbage'], { error: 'error.choose' }),
    answer: z.unknown().optional(),
  })
  .strict();

export const devJobBody = z.object({ job: z.literal('nightly', { error: 'error.choose' }) }).strict();

/**
 * The web page of a draft: only what no register holds, flat, checked with the API's own rules before
 * it is sent (PUT then submit). A bank account left wholly empty is not sent (one may be kept already).
 */
export const benefitDraftForm = z.object({
  personName: benefitAnswersShape.personName.optional(),
  personIdNumber: benefitAnswersShape.personIdNumber.optional(),
  actingAs: benefitAnswersShape.actingAs.optional(),
  agentName: benefitAnswersShape.agentName.optional(),
  hasDiagnosis: benefitAnswersShape.hasDiagnosis.optional(),
  consents,
  household: benefitAnswersShape.household.optional(),
  allowances: z.array(z.enum(ALLOWANCES, { error: 'error.choose' })),
  institutionId: benefitAnswersShape.institutionId.optional(),
  facts: factsField.optional(),
  bankAccount: z.preprocess((v) => (v && Object.entries(v as Record<string, unknown>).every(([k, x]) => k === 'kind' || !x) ? undefined : v), bankAccountInput.optional()),
  declaration: benefitAnswersShape.declaration,
});
export type BenefitDraftForm = z.output<typeof benefitDraftForm>;

/** The same page for a draft without a card (a diagnosis stands in): who it is for, who applies and the diagnosis are typed in. */
export const benefitDraftFormWithoutCard = benefitDraftForm
  .extend({ personName: benefitAnswersShape.personName, personIdNumber: benefitAnswersShape.personIdNumber, actingAs: benefitAnswersShape.actingAs, hasDiagnosis: benefitAnswersShape.hasDiagnosis })
  .superRefine((form, ctx) => {
    if (form.actingAs !== 'self' && !form.agentName) ctx.addIssue({ code: 'custom', path: ['agentName'], message: 'error.required' });
  });
