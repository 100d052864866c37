/** POST /api/progress (办件查询): where a matter stands, by receipt reference and the last 6 characters of the ID number. */
import * as z from 'zod/mini';
import { answerOf, api } from '../../api';
import type { Progress } from '../../../../functions/progress/lookup';

export type { Progress };

const answer = answerOf<{ progress: Progress }>(
  z.object({ progress: z.looseObject({ reference: z.string(), matter: z.string(), status: z.string(), open: z.boolean(), waitingForApplicant: z.boolean(), updatedOn: z.string() }) }),
);

export const lookUpProgress = (reference: string, idLast6: string) => api('/progress', { method: 'POST', body: { reference, idLast6 }, answer });
