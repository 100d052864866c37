/** POST /api/benefits/check: "What can I get?" — every benefit of a district, likely / not likely / need to check. */
import * as z from 'zod/mini';
import { useQuery } from '@tanstack/react-query';
import { answerOf, api } from '../../api';
import type { CheckResult } from '../../../../functions/benefits/public-check';
import type { CheckBody } from '../../../../functions/benefits/schemas';

export type { CheckResult, CheckBody };

export const checkKeys = { all: ['benefit-check'] as const, answers: (body: CheckBody) => [...checkKeys.all, JSON.stringify(body)] as const };

const result = z.looseObject({
  outcome: z.enum(['likely', 'notLikely', 'check']),
  reasons: z.array(z.string()),
  notes: z.array(z.string()),
  amount: z.string(),
  benefit: z.looseObject({ id: z.string(), name: z.looseObject({ 'zh-CN': z.string(), en: z.string() }) }),
  materials: z.array(z.looseObject({ kind: z.string(), status: z.string() })),
});
const answer = answerOf<{ districtCode: string; date: string; results: CheckResult[] }>(z.object({ districtCode: z.string(), date: z.string(), results: z.array(result) }));

export const fetchCheck = (body: CheckBody) => api('/benefits/check', { method: 'POST', body, answer });

/** The answers are asked once complete; the same answers are not asked twice. */
export function useEligibility(body: CheckBody | undefined) {
  return useQuery({ queryKey: checkKeys.answers(body ?? ({} as CheckBody)), queryFn: () => fetchCheck(body!), enabled: body !== undefined, staleTime: 5 * 60_000 });
}
