/** GET /api/applications, the benefit matters among them: 政策找人's proposals and the person's benefit applications. */
import * as z from 'zod/mini';
import { useQuery } from '@tanstack/react-query';
import { answerOf, api } from '../../api';
import type { ApplicationSummary } from '../../../../functions/applications/read-applications';
import type { BenefitStatus } from '../../../../functions/benefits/benefit-matter';
import { benefitKeys } from './benefit-keys';

export type BenefitSummary = Omit<ApplicationSummary, 'status'> & { benefitId: string; status: BenefitStatus };

const answer = answerOf<{ applications: ApplicationSummary[] }>(
  z.object({ applications: z.array(z.looseObject({ id: z.string(), status: z.string(), version: z.number(), createdAt: z.string(), benefitId: z.optional(z.string()) })) }),
);

export const fetchMyBenefits = async (): Promise<BenefitSummary[]> =>
  (await api('/applications', { answer })).applications.filter((a) => typeof a.benefitId === 'string') as unknown as BenefitSummary[];

export function useMyBenefits() {
  return useQuery({ queryKey: benefitKeys.mine(), queryFn: fetchMyBenefits });
}
