/** What the applicant does after submitting: sign the 容缺 promise, rate the finished matter (好差评). */
import * as z from 'zod/mini';
import { answerOf, api } from '../../api';
import { changedMatter } from './shapes';

const changed = answerOf<{ application: z.infer<typeof changedMatter> }>(z.object({ application: changedMatter }));

export const signPromise = (id: string, version: number, promise: boolean) => api(`/applications/${id}/promise`, { method: 'POST', body: { version, promise }, answer: changed });

/** An unchosen level goes as nothing, so the server names what is missing. */
export const rate = (id: string, version: number, level: number | undefined, comment: string | undefined, idempotencyKey: string) =>
  api(`/applications/${id}/rating`, { method: 'POST', body: { version, ...(level ? { level } : {}), ...(comment ? { comment } : {}) }, idempotencyKey, answer: changed });
