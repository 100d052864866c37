/** One matter as staff see it, and what they do with it: decide, claim or hand on, reveal, open a document. */
import * as z from 'zod/mini';
import { useQuery } from '@tanstack/react-query';
import { answerOf, api } from '../../api';
import type { StaffView } from '../../../../functions/staff/workspace';
import type { DocumentView } from '../../../../functions/staff/document-view';
import type { DecisionBody } from '../../../../functions/staff/schemas';

export type { StaffView, DocumentView };
export type DecisionAction = DecisionBody['action'];

export const staffMatterKeys = { detail: (id: string) => ['staff-application', id] as const };

const view = answerOf<StaffView>(
  z.looseObject({
    application: z.looseObject({ id: z.string(), status: z.string(), version: z.number(), matter: z.string(), answers: z.record(z.string(), z.unknown()) }),
    summary: z.looseObject({ id: z.string() }),
    documents: z.array(z.looseObject({ id: z.string(), kind: z.string() })),
    timeline: z.array(z.looseObject({ event: z.string() })),
    audit: z.array(z.looseObject({ action: z.string() })),
    actions: z.array(z.string()),
    colleagues: z.array(z.looseObject({ userId: z.string(), name: z.string() })),
  }),
);
const changed = answerOf<{ application: { id: string; status: string; version: number } }>(z.object({ application: z.looseObject({ id: z.string(), status: z.string(), version: z.number() }) }));
const revealed = answerOf<{ field: string; value: string }>(z.object({ field: z.string(), value: z.string() }));
const documentView = answerOf<DocumentView>(z.looseObject({ url: z.string(), contentType: z.string(), previewUnavailable: z.optional(z.boolean()) }));

export const fetchStaffMatter = (id: string) => api(`/staff/applications/${id}`, { answer: view });

export function useStaffMatter(id: string) {
  return useQuery({ queryKey: staffMatterKeys.detail(id), queryFn: () => fetchStaffMatter(id) });
}

export const decide = (id: string, version: number, action: DecisionAction, fields: Record<string, unknown> = {}) =>
  api(`/staff/applications/${id}/decisions`, { method: 'POST', body: { action, version, ...fields }, answer: changed });

export const assign = (id: string, version: number, assigneeUserId: string) => api(`/staff/applications/${id}/assignee`, { method: 'PUT', body: { version, assigneeUserId }, answer: changed });

export const reveal = (id: string, field: string) => api(`/staff/applications/${id}/reveal`, { method: 'POST', body: { field }, answer: revealed });

export const openDocument = (id: string, documentId: string) => api(`/staff/applications/${id}/documents/${documentId}/link`, { answer: documentView });
