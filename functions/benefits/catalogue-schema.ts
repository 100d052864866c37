/**
 * What a benefit file in config/benefits/ may say, and nothing more: every object is strict, so a rule
 * field the engine does not know (a typo, a rule nobody implemented) fails at start-up instead of being
 * silently ignored. Values are the district's choices (⚙ in domain.md §5–6).
 */
import * as z from 'zod';

import { ALLOWANCES, BENEFIT_MATERIALS, EXCLUSIONS, FACTS, HOUSEHOLD_STATUSES, REGISTERS, STAGES } from './benefit-terms.js';

export { ALLOWANCES, BENEFIT_MATERIALS, EXCLUSIONS, FACTS, HOUSEHOLD_STATUSES, REGISTERS, STAGES };
export type { Allowance, BenefitMaterial, Exclusion, Fact, HouseholdStatus, Register, Stage } from './benefit-terms.js';

const localised = z.object({ 'zh-CN': z.string().min(1), en: z.string().min(1) }).strict();
const category = z.number().int().min(1, 'a disability category is 1–7').max(7, 'a disability category is 1–7');
const grade = z.number().int().min(1, 'a grade is 1–4').max(4, 'a grade is 1–4');
const distinct = <T>(list: T[]) => new Set(list).size === list.length;

/** A card that matches: its category (or one of a multiple disability's) and grade; a field left out matches any. */
export const cardMatchSchema = z
  .object({ categories: z.array(category).min(1).optional(), grades: z.array(grade).min(1).optional() })
  .strict();
export type CardMatch = z.infer<typeof cardMatchSchema>;

const ageRange = z
  .object({ min: z.number().int().min(0, 'an age cannot be negative').max(120).optional(), max: z.number().int().min(0, 'an age cannot be negative').max(120, 'nobody is older than 120').optional() })
  .strict()
  .refine((a) => a.min === undefined || a.max === undefined || a.min <= a.max, { message: 'impossible range: min is above max' });

export const eligibilitySchema = z
  .object({
    /** A valid card is needed (any card when `anyOf` is left out), matching one of `anyOf`; a diagnosis may stand in where allowed. */
    card: z.object({ anyOf: z.array(cardMatchSchema).min(1).optional(), diagnosisInstead: z.boolean().optional() }).strict().optional(),
    age: ageRange.optional(),
    household: z.array(z.enum(HOUSEHOLD_STATUSES)).min(1).refine(distinct, 'listed twice').optional(),
    hukouInDistrict: z.literal(true).optional(),
    facts: z.array(z.enum(FACTS)).min(1).refine(distinct, 'listed twice').optional(),
    /** Receiving one of these means no entitlement at all (国发〔2015〕52号). */
    excludedBy: z.array(z.enum(EXCLUSIONS)).min(1).refine(distinct, 'listed twice').optional(),
    /** 择高: not paid together with these allowances; the higher one is kept. */
    higherOf: z.array(z.enum(ALLOWANCES)).min(1).refine(distinct, 'listed twice').optional(),
    /** Other benefits of the catalogue that cannot be held at the same time. */
    notTogetherWith: z.array(z.string().min(1)).min(1).optional(),
  })
  .strict();
export type Eligibility = z.infer<typeof eligibilitySchema>;

const tier = z
  .object({ when: cardMatchSchema.optional(), household: z.array(z.enum(HOUSEHOLD_STATUSES)).min(1).optional(), yuan: z.number().positive('an amount must be above 0').max(100_000, 'impossible amount: above 100,000 yuan') })
  .strict();

export const amountSchema = z
  .object({ per: z.enum(['month', 'year', 'once']), upTo: z.boolean().optional(), tiers: z.array(tier).min(1) })
  .strict()
  .refine((a) => !a.tiers.slice(0, -1).some((t) => !t.when && !t.household), { message: 'a tier without conditions must come last: the tiers after it could never apply' });
export type Amount = z.infer<typeof amountSchema>;

const material = z
  .object({ kind: z.enum(BENEFIT_MATERIALS), name: localised, unlessConfirmedBy: z.enum(REGISTERS).optional(), onlyWithoutCard: z.literal(true).optional() })
  .strict();
export type MaterialSpec = z.infer<typeof material>;

const stage = z.object({ stage: z.enum(STAGES), organisation: localised, workingDays: z.number().int().min(1).max(60, 'impossible: more than 60 working days') }).strict();
export type StageSpec = z.infer<typeof stage>;

export const versionSchema = z
  .object({
    district: z.string().regex(/^\d{6}$/, 'a district code has 6 digits'),
    validFrom: z.iso.date(),
    eligibility: eligibilitySchema,
    amount: amountSchema,
    materials: z.array(material),
    lookups: z.array(z.object({ register: z.enum(REGISTERS), purpose: localised }).strict()).refine((l) => distinct(l.map((x) => x.register)), 'a register listed twice'),
    /** Review in this order; each stage a role of its own organisation with its own working-day limit. */
    stages: z
      .array(stage)
      .min(1)
      .refine((s) => s.every((x, i) => i === 0 || STAGES.indexOf(x.stage) > STAGES.indexOf(s[i - 1]!.stage)), 'stages must be in the order township, federation, civilAffairs, each once'),
    publicNotice: z.object({ workingDays: z.number().int().min(1).max(30) }).strict().optional(),
    paymentStarts: z.enum(['monthOfApplication', 'monthAfterApproval', 'onCompletion']),
    /** Who is paid: the person (a bank account is asked for) or the institution or builder. */
    paidTo: z.enum(['applicant', 'provider']),
    guardianApplies: z.literal(true).optional(),
    institutions: z.array(z.object({ id: z.string().min(1), name: localised }).strict()).min(1).optional(),
    appeal: z.object({ to: localised, withinDays: z.number().int().min(1).max(365) }).strict(),
  })
  .strict();
export type BenefitVersionSpec = z.infer<typeof versionSchema>;

export const benefitFileSchema = z
  .object({
    $comment: z.string().optional(),
    id: z.string().regex(/^[a-z][a-z-]{2,40}$/, 'an id is lower-case words joined by hyphens'),
    name: localised,
    /** In sentences and SMS: 护理补贴, care subsidy. */
    shortName: localised.refine((n) => n['zh-CN'].length <= 10 && n.en.length <= 30, 'a short name has at most 10 Chinese characters and 30 English ones'),
    description: localised,
    versions: z.array(versionSchema).min(1),
  })
  .strict();
export type BenefitFile = z.infer<typeof benefitFileSchema>;

/** One benefit as one district offers it from one date: what the engine and the matters read. */
export interface BenefitVersion extends BenefitVersionSpec {
  id: string;
  name: BenefitFile['name'];
  shortName: BenefitFile['shortName'];
  description: BenefitFile['description'];
}
