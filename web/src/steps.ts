/** The application form, one topic per page. Each step validates with the shared answer schemas. */
import * as z from 'zod';
import { answersShape, type DraftAnswers } from '../../functions/applications/schemas';
import { guardianRequired } from '../../functions/applications/materials';
import { STEP_FIELDS, type Step } from './step-fields';

export { STEPS, STEP_FIELDS, stepOfField, type Step } from './step-fields';

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

export function stepSchema(step: Exclude<Step, 'documents'>, answers: DraftAnswers) {
  const s = answersShape;
  const forOther = answers.forWhom === 'other';
  switch (step) {
    case 'person':
      return z
        .object({
          personName: s.personName,
          personIdNumber: s.personIdNumber,
          personPhone: forOther ? optional(s.personPhone) : s.personPhone,
          ...(forOther ? { relationship: s.relationship, agentName: s.agentName, agentPhone: s.agentPhone } : {}),
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
