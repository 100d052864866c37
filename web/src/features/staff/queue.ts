/** GET /api/staff/applications: the district's work queue, filtered. */
import * as z from 'zod/mini';
import { useQuery } from '@tanstack/react-query';
import { answerOf, api } from '../../api';
import type { QueueItem } from '../../../../functions/staff/queue';

export type { QueueItem };

export const queueKeys = { all: ['staff-queue'] as const, filtered: (query: string) => [...queueKeys.all, query] as const };

const answer = answerOf<{ items: QueueItem[] }>(z.object({ items: z.array(z.looseObject({ id: z.string(), matter: z.string(), status: z.string(), version: z.number() })) }));

export const fetchQueue = (query: string) => api(`/staff/applications${query ? `?${query}` : ''}`, { answer });

export function useQueue(query: string) {
  return useQuery({ queryKey: queueKeys.filtered(query), queryFn: () => fetchQueue(query) });
}
