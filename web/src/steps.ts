/** The application form, one topic per page. Each step validates with the shared answer schemas. */
import * as z from 'zod';
import { answersShape, type DraftAnswers } from '../../functions/applications/schemas';
import { guardianRequired } from '../../functions/applications/materials';
import { isMasked } from '../../functions/matters/sensitive-answers';
import { STEP_FIELDS, type Step } from './step-fields';

export { STEPS, STEP_FIELDS, stepOfField, type Step } from './step-fields';

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

/**
 * Staff filing 代办 read the numbers they saved masked (functions/matters/sensitive-answers.ts): the mask sent
 * back unchanged keeps the number, so it passes here; anything else typed must be a whole, valid number.
 */
function keepingMask<T extends z.ZodType>(schema: T, saved: unknown): z.ZodType {
  if (!isMasked(saved)) return schema;
  return z.unknown().superRefine((value, ctx) => {
    if (value === saved) return;
    const result = schema.safeParse(value);
    if (!result.success) for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  });
}

export function stepSchema(step: Exclude<Step, 'documents'>, answers: DraftAnswers) {
  const s = answersShape;
  const forOther = answers.forWhom === 'other';
  switch (step) {
    case 'person':
      return z
        .object({
          personName: s.personName,
          personIdNumber: keepingMask(s.personIdNumber, answers.personIdNumber),
          personPhone: keepingMask(forOther ? optional(s.personPhone) : s.personPhone, answers.personPhone),
          ...(forOther ? { relationship: s.relationship, agentName: s.agentName, agentPhone: keepingMask(s.agentPhone, answers.agentPhone) } : {}),
          category: s.category,
        })
        .superRefine((v, ctx) => {
          // Intellectual and mental disability need a guardian: someone who did not start as one cannot pick them here.
          if (answers.actingAs !== 'guardian' && guardianRequired({ isMinor: false, category: v.category })) {
            ctx.addIssue({ code: 'custom', path: ['category'], message: 'error.category.guardianRequired' });
          }
        });
    case 'address':
      return z.object({ hukouAddress: s.hukouAddress, hukouDistrictName: s.hukouDistrictName, currentAddress: s.currentAddress, districtCode: s.districtCode });
    case 'delivery':
      return z
        .object({ delivery: s.delivery, deliveryAddress: optional(s.deliveryAddress) })
        .superRefine((v, ctx) => {
          if (v.delivery === 'express' && !v.deliveryAddress) ctx.addIssue({ code: 'custom', path: ['deliveryAddress'], message: 'error.required' });
        });
    case 'consent':
      return z.object({ consent: s.consent });
  }
}



/**
 * The draft after saving one step: that step's fields take the values now on the page, and a field the
 * person emptied is removed rather than keeping its old answer. Other steps' answers stay as they were.
 */
export function withStepAnswers(answers: DraftAnswers, step: Exclude<Step, 'documents'>, values: Record<string, unknown>): Record<string, unknown> {
  const kept = Object.fromEntries(Object.entries(answers).filter(([field]) => !STEP_FIELDS[step].includes(field)));
  const answered = Object.fromEntries(Object.entries(values).filter(([, v]) => blankToUndefined(v) !== undefined));
  return { ...kept, ...answered };
}
