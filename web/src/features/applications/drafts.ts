/** POST /api/applications (or, 代办, POST /api/staff/filings) and PUT /api/applications/{id}: drafts. */
import * as z from 'zod/mini';
import { answerOf, api } from '../../api';
import type { Application } from '../../../../functions/certificates/application';
import { applicationRecord } from './shapes';

const draft = answerOf<{ application: Application }>(z.object({ application: applicationRecord }));

/** A new draft, by the applicant or (on the staff filing page) for the person at the counter. */
export function createDraft(answers: Record<string, unknown>, idempotencyKey: string, filing?: { accountPhone: string; channel: 'counter' | 'homeVisit' }) {
  return filing
    ? api('/staff/filings', { method: 'POST', body: { ...filing, answers }, idempotencyKey, answer: draft })
    : api('/applications', { method: 'POST', body: { answers }, idempotencyKey, answer: draft });
}

export const saveDraft = (id: string, version: number, answers: Record<string, unknown>) => api(`/applications/${id}`, { method: 'PUT', body: { version, answers }, answer: draft });
