/** A document's way in: announce (a presigned PUT comes back), the browser's PUT, the server's check; and removal. */
import * as z from 'zod/mini';
import { answerOf, api, newIdempotencyKey } from '../../api';
import type { DocumentRecord } from '../../../../functions/documents/document-record';

const documentRecord = z.looseObject({ id: z.string(), applicationId: z.string(), kind: z.string(), fileName: z.string(), status: z.string() });

const announced = answerOf<{ document: DocumentRecord; upload: { url: string; headers: Record<string, string> } }>(
  z.object({ document: documentRecord, upload: z.looseObject({ url: z.string(), headers: z.record(z.string(), z.string()) }) }),
);
const confirmed = answerOf<{ document: DocumentRecord }>(z.object({ document: documentRecord }));
const removed = answerOf<{ removed: true }>(z.object({ removed: z.literal(true) }));

export const announceUpload = (applicationId: string, file: { kind: string; fileName: string; contentType: string; size: number }) =>
  api(`/applications/${applicationId}/documents`, { method: 'POST', body: file, idempotencyKey: newIdempotencyKey(), answer: announced });

export const confirmUpload = (applicationId: string, documentId: string) => api(`/applications/${applicationId}/documents/${documentId}/confirm`, { method: 'POST', answer: confirmed });

export const removeDocument = (applicationId: string, documentId: string) => api(`/applications/${applicationId}/documents/${documentId}`, { method: 'DELETE', answer: removed });
