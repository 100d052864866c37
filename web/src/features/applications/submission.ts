/** Submitting, resubmitting after corrections, and withdrawing an application. */
import * as z from 'zod/mini';
import { answerOf, api } from '../../api';
import type { Application } from '../../../../functions/certificates/application';
import { applicationRecord, changedMatter } from './shapes';

export interface Receipt {
  id: string;
  reference: string;
  status: string;
  submittedAt: string;
  version: number;
}

const receipt = answerOf<{ receipt: Receipt }>(z.object({ receipt: z.looseObject({ id: z.string(), reference: z.string(), status: z.string(), submittedAt: z.string(), version: z.number() }) }));
const changed = answerOf<{ application: z.infer<typeof changedMatter> }>(z.object({ application: changedMatter }));
const withdrawn = answerOf<{ application: Application }>(z.object({ application: applicationRecord }));

/** The receipt comes only once the submission is stored. */
export const submit = (id: string, version: number, idempotencyKey: string) => api(`/applications/${id}/submit`, { method: 'POST', body: { version }, idempotencyKey, answer: receipt });

export const resubmit = (id: string, version: number, idempotencyKey: string) => api(`/applications/${id}/resubmit`, { method: 'POST', body: { version }, idempotencyKey, answer: changed });

export const withdraw = (id: string, version: number, idempotencyKey: string) => api(`/applications/${id}/withdraw`, { method: 'POST', body: { version }, idempotencyKey, answer: withdrawn });
