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
});

const district = z.object({
  code: z.string().regex(/^\d{6}$/),
  name: localisedText,
  assessmentInstitutions: z
    .array(z.object({ id: z.string(), name: localisedText, address: localisedText }))
    .min(1),
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
