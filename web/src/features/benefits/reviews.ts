/**
 * The reviewers' side: GET /api/reviews (their stages' queue), GET /api/reviews/{id} (one matter,
 * masked, the look audited), POST …/decisions (a stage's decision) and POST …/bank-account (the
 * account in full for a stated purpose, audited).
 */
import * as z from 'zod/mini';
import { useQuery } from '@tanstack/react-query';
import { answerOf, api } from '../../api';
import type { ReviewItem, ReviewView } from '../../../../functions/benefits/reviews';
import type { ReviewDecisionBody } from '../../../../functions/benefits/schemas';
import type { Stage } from '../../../../functions/benefits/catalogue-schema';
import { benefitKeys } from './benefit-keys';
import { benefitViewShape } from './benefit-application';

export type { ReviewItem, ReviewView, ReviewDecisionBody, Stage };

const queue = answerOf<{ stages: Stage[]; items: ReviewItem[] }>(
  z.object({ stages: z.array(z.string()), items: z.array(z.looseObject({ id: z.string(), benefitId: z.string(), status: z.string(), version: z.number() })) }),
);
const review = answerOf<ReviewView>(z.extend(benefitViewShape, { audit: z.array(z.looseObject({ action: z.string() })) }));
const decided = answerOf<{ application: { id: string; status: string; version: number } }>(z.object({ application: z.looseObject({ id: z.string(), status: z.string(), version: z.number() }) }));
const revealed = answerOf<{ accountNumber: string }>(z.object({ accountNumber: z.string() }));

export const fetchReviewQueue = (query: string) => api(`/reviews${query ? `?${query}` : ''}`, { answer: queue });

export function useReviewQueue(query: string) {
  return useQuery({ queryKey: benefitKeys.queue(query), queryFn: () => fetchReviewQueue(query) });
}

export const fetchReview = (id: string) => api(`/reviews/${id}`, { answer: review });

export function useReview(id: string) {
  return useQuery({ queryKey: benefitKeys.review(id), queryFn: () => fetchReview(id) });
}

export const decide = (id: string, body: ReviewDecisionBody) => api(`/reviews/${id}/decisions`, { method: 'POST', body, answer: decided });

export const revealBankAccount = (id: string, purpose: string) => api(`/reviews/${id}/bank-account`, { method: 'POST', body: { purpose }, answer: revealed });
