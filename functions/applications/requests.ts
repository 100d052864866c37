/** The bodies and path parameters of the applicant's routes (functions/routes.ts); the answers are in schemas.ts. */
import * as z from 'zod';
import '../shared/zod-messages.js';
import { draftAnswersSchema } from './schemas.js';
import { withoutMasks } from '../matters/sensitive-answers.js';
import { CERTIFICATE_MATTERS } from '../certificates/statuses.js';
import { CANCELLATION_REASONS } from '../certificates/application.js';

export const applicationIdParam = z.object({ id: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'error.notFound') });

export const createDraftBody = z.object({ answers: draftAnswersSchema }).strict();
/**
 * A draft save. A mask sent back for an ID or phone number (what staff see of a 代办 draft) is set
 * apart before the answers are checked and means "unchanged" (sensitive-answers.ts).
 */
export const updateDraftBody = z
  .object({ version: z.number().int().positive(), answers: z.record(z.string(), z.unknown()) })
  .strict()
  .transform((body, ctx) => {
    const { answers, masks } = withoutMasks(body.answers);
    const parsed = draftAnswersSchema.safeParse(answers);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, path: ['answers', ...issue.path] } as never);
      return z.NEVER;
    }
    return { version: body.version, answers: parsed.data, masks };
  });
export const submitBody = z.object({ version: z.number().int().positive() }).strict();
export const withdrawBody = z
  .object({ version: z.number().int().positive(), reason: z.string({ error: 'error.required@withdrawReason' }).trim().max(500, 'error.tooLong@withdrawReason').optional() })
  .strict();


export const certificateParam = z.object({ number: z.string().regex(/^\d{17}[\dX][1-7][1-4](B[1-9]\d*)?$/, 'error.notFound') });
export const startMatterBody = z
  .object({
    matter: z.enum(CERTIFICATE_MATTERS, { error: 'error.choose' }),
    reason: z.enum(CANCELLATION_REASONS, { error: 'error.choose@cancellationReason' }).optional(),
  })
  .strict()
  .refine((b) => b.matter !== 'cancellation' || b.reason !== undefined, { path: ['reason'], message: 'error.choose@cancellationReason' });
export const rateBody = z
  .object({
    version: z.number().int().positive(),
    level: z.union([z.literal(5), z.literal(4), z.literal(3), z.literal(2), z.literal(1)], { error: 'error.choose' }),
    comment: z.string().trim().max(500, 'error.tooLong').optional(),
  })
  .strict();
export const promiseBody = z.object({ version: z.number().int().positive(), promise: z.literal(true, { error: 'error.deferralPromise' }) }).strict();
