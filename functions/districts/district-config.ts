import * as z from 'zod';
import raw from '../../config/districts.json' with { type: 'json' };
import { MATTERS } from '../certificates/statuses.js';
import { DOCUMENT_KINDS } from '../applications/materials.js';

const localisedText = z.object({ 'zh-CN': z.string().min(1), en: z.string().min(1) });

const districtRules = z.object({
  validFrom: z.iso.date(),
  photos: z.object({ min: z.number().int().min(1), max: z.number().int().min(1) }),
  medicalRecords: z.enum(['required', 'optional']),
  certificateValidityYears: z.number().int().positive(),
  /** Working days per matter: the promised (承诺) limit is shorter than the statutory (法定) one. */
  timeLimits: z.record(
    z.enum(MATTERS),
    z.object({ promised: z.number().int().positive(), statutory: z.number().int().positive() }).refine((t) => t.promised <= t.statutory),
  ),
  noticeWorkingDays: z.number().int().positive(),
  /** How long the citizen has to send every correction. */
  correctionWorkingDays: z.number().int().positive(),
  /** How long a material deferred under 容缺受理 may stay missing. */
  deferredMaterialWorkingDays: z.number().int().positive(),
  /** The secondary materials that may follow after acceptance (容缺受理); the others must be in hand. */
  deferrableMaterials: z.array(z.enum(DOCUMENT_KINDS)),
  reminderWorkingDaysBefore: z.number().int().nonnegative(),
  /** 复评: how long after a result the person may ask the city 残联 for re-assessment. */
  appealWorkingDays: z.number().int().positive(),
  expiryReminderMonths: z.number().int().positive(),
  reapplyAfterCancellationMonths: z.number().int().nonnegative(),
  /** Assessment appointments (评残预约, functions/booking/). */
  assessmentBooking: z.object({
    /** Times a booking may be moved, and until how many hours before it starts. */
    maxReschedules: z.number().int().nonnegative(),
    changeCutoffHours: z.number().int().nonnegative(),
    /** How long a seat freed for the waiting list is held for the person it is offered to. */
    offerHoldHours: z.number().int().positive(),
    /** The reminder SMS: this many days before, from this hour (Asia/Shanghai), and on the morning itself from this hour. */
    reminderDaysBefore: z.number().int().positive(),
    reminderHour: z.number().int().min(0).max(23),
    morningReminderHour: z.number().int().min(0).max(23),
    /** Weekly templates make sessions this many weeks ahead; people book at most this many days ahead. */
    weeksAhead: z.number().int().positive(),
    /** Home visits (上门评残): visits one assessor team makes in a day, and the two-hour windows offered. */
    homeVisitsPerTeamDay: z.number().int().positive(),
    homeVisitWindows: z.array(z.string().regex(/^\d{2}:\d{2}-\d{2}:\d{2}$/)).min(1),
    whatToBring: localisedText,
  }),
});

const district = z.object({
  code: z.string().regex(/^\d{6}$/),
  name: localisedText,
  assessmentInstitutions: z
    .array(
      z.object({
        id: z.string(),
        name: localisedText,
        /** As an SMS names it (a template's parameter is a short value). */
        shortName: localisedText.optional(),
        address: localisedText,
        /** How to get there: bus, entrance, floor (shown on the booking pass). */
        directions: localisedText.optional(),
        /** Teams that assess at home (上门评残). */
        homeVisitTeams: z.array(z.object({ id: z.string(), name: localisedText })).default([]),
      }),
    )
    .min(1),
  /** Townships and streets (乡镇/街道) the visit planner groups home visits by. */
  townships: z.array(z.object({ id: z.string(), name: localisedText })).default([]),
  pickupPlace: localisedText,
  rules: z.array(districtRules).min(1),
});

const districtsFile = z.object({ districts: z.array(district).min(1) });

export type DistrictRules = z.infer<typeof districtRules>;
export type District = z.infer<typeof district>;
export type LocalisedText = z.infer<typeof localisedText>;

/** Every district the portal knows, parsed once per cold start; a malformed file stops start-up instead of misbehaving later. */
export const allDistricts: readonly District[] = districtsFile.parse(raw).districts;

/** The districts this deployment serves (SERVED_DISTRICTS, comma-separated codes; all when unset). */
export function servedDistricts(served = process.env.SERVED_DISTRICTS): readonly District[] {
  const codes = served?.split(',').map((c) => c.trim()).filter(Boolean);
  return codes?.length ? allDistricts.filter((d) => codes.includes(d.code)) : allDistricts;
}

export const districts: readonly District[] = servedDistricts();

export function findDistrict(code: string): District | undefined {
  return districts.find((d) => d.code === code);
}

/** The newest rule set already in effect on `date` (YYYY-MM-DD). */
export function rulesInEffect(d: District, date: string): DistrictRules {
  const inEffect = d.rules.filter((r) => r.validFrom <= date).sort((a, b) => b.validFrom.localeCompare(a.validFrom));
  return inEffect[0] ?? d.rules[0]!;
}
