/** GET /api/applications: the applicant's applications, newest first. */
import * as z from 'zod/mini';
import { useQuery } from '@tanstack/react-query';
import { answerOf, api } from '../../api';
import type { ApplicationSummary } from '../../../../functions/applications/read-applications';
import { applicationKeys } from './application-keys';

const answer = answerOf<{ applications: ApplicationSummary[] }>(
  z.object({ applications: z.array(z.looseObject({ id: z.string(), status: z.string(), matter: z.string(), version: z.number(), createdAt: z.string() })) }),
);

export const fetchMyApplications = () => api('/applications', { answer });

export function useMyApplications() {
  return useQuery({ queryKey: applicationKeys.list(), queryFn: fetchMyApplications });
}
