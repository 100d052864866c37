/** GET /api/dev/messages (local only): the SMS that would have been sent. */
import * as z from 'zod/mini';
import { useQuery } from '@tanstack/react-query';
import { answerOf, api } from '../../api';

export interface SinkMessage {
  to: string;
  text: string;
  at: string;
  dedupeKey: string;
}

export const messageKeys = { all: ['dev-messages'] as const };

const answer = answerOf<{ messages: SinkMessage[] }>(z.object({ messages: z.array(z.looseObject({ to: z.string(), text: z.string(), at: z.string(), dedupeKey: z.string() })) }));

export const fetchMessages = () => api('/dev/messages', { answer });

export function useMessages() {
  return useQuery({ queryKey: messageKeys.all, queryFn: fetchMessages, refetchInterval: 3000 });
}
