/** GET /api/notices: the signed-in person's in-app notices, newest first. */
import * as z from 'zod/mini';
import { useQuery } from '@tanstack/react-query';
import { answerOf, api } from '../../api';
import type { Notice } from '../../../../functions/notifications/ports';

export type { Notice };

export const noticeKeys = { all: ['notices'] as const };

const answer = answerOf<{ notices: Notice[] }>(z.object({ notices: z.array(z.looseObject({ id: z.string(), title: z.string(), body: z.string(), createdAt: z.string() })) }));

export const fetchNotices = () => api('/notices', { answer });

export function useNotices() {
  return useQuery({ queryKey: noticeKeys.all, queryFn: fetchNotices, refetchInterval: 15_000 });
}
