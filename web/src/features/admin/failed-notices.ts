/** Notifications that could not be delivered and were set aside, and sending one again. */
import * as z from 'zod/mini';
import { useQuery } from '@tanstack/react-query';
import { answerOf, api } from '../../api';
import type { ParkedNotice } from '../../../../functions/notifications/ports';

export type { ParkedNotice };

export const failedNoticeKeys = { all: ['failed-notices'] as const };

const list = answerOf<{ notices: ParkedNotice[] }>(
  z.object({ notices: z.array(z.looseObject({ id: z.string(), reason: z.string(), attempts: z.number(), firstFailedAt: z.string(), parkedAt: z.string() })) }),
);
const replayed = answerOf<{ replayed: string }>(z.object({ replayed: z.string() }));

export const fetchFailedNotices = () => api('/admin/failed-notices', { answer: list });

export function useFailedNotices() {
  return useQuery({ queryKey: failedNoticeKeys.all, queryFn: fetchFailedNotices });
}

export const replayFailedNotice = (id: string) => api(`/admin/failed-notices/${encodeURIComponent(id)}/replay`, { method: 'POST', answer: replayed });
