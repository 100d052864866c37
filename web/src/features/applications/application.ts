/** GET /api/applications/{id}: one application with its documents, timeline and the actions open to the applicant. */
import * as z from 'zod/mini';
import { useQuery } from '@tanstack/react-query';
import { answerOf, api } from '../../api';
import type { ApplicationDetail } from '../../../../functions/applications/read-applications';
import { applicationKeys } from './application-keys';
import { applicationRecord } from './shapes';

export type { ApplicationDetail };

const answer = answerOf<ApplicationDetail>(
  z.looseObject({
    application: applicationRecord,
    masked: z.record(z.string(), z.string()),
    documents: z.array(z.looseObject({ id: z.string(), kind: z.string(), status: z.string(), fileName: z.string() })),
    timeline: z.array(z.looseObject({ id: z.string(), at: z.string(), event: z.string(), status: z.string() })),
    actions: z.array(z.string()),
  }),
);

export const fetchApplication = (id: string) => api(`/applications/${id}`, { answer });

export function useApplication(id: string) {
  return useQuery({ queryKey: applicationKeys.detail(id), queryFn: () => fetchApplication(id) });
}
