/** At the counter: the scan of a delegation signed on paper (announce, PUT, check), then the delegation itself. */
import * as z from 'zod/mini';
import { answerOf, api, newIdempotencyKey } from '../../api';
import type { CounterDelegationBody } from '../../../../functions/family/schemas';

export { DELEGATE_RELATIONSHIPS, SCOPES } from '../../../../functions/family/delegation';
/** What the form holds: unchosen fields go as nothing, so the server names each one missing. */
export type CounterDelegationForm = Partial<CounterDelegationBody>;

const paperDocument = z.looseObject({ id: z.string(), kind: z.string(), status: z.string() });
const announced = answerOf<{ document: { id: string }; upload: { url: string; headers: Record<string, string> } }>(
  z.object({ document: paperDocument, upload: z.looseObject({ url: z.string(), headers: z.record(z.string(), z.string()) }) }),
);
const confirmed = answerOf<{ document: { id: string; status: string } }>(z.object({ document: paperDocument }));
const recorded = answerOf<{ delegation: { id: string; state: string } }>(z.object({ delegation: z.looseObject({ id: z.string(), state: z.string() }) }));

/** Sends the scan the same three steps a citizen's upload takes; answers with the kept document's id. */
export async function uploadPaper(matterId: string, file: File): Promise<string> {
  const { document, upload } = await api(`/staff/applications/${matterId}/delegation-papers`, {
    method: 'POST',
    body: { fileName: file.name, contentType: file.type || 'application/octet-stream', size: file.size },
    idempotencyKey: newIdempotencyKey(),
    answer: announced,
  });
  const put = await fetch(upload.url, { method: 'PUT', headers: upload.headers, body: file });
  if (!put.ok) throw new Error('upload');
  await api(`/staff/applications/${matterId}/delegation-papers/${document.id}/confirm`, { method: 'POST', answer: confirmed });
  return document.id;
}

export const recordAtCounter = (matterId: string, form: CounterDelegationForm, idempotencyKey: string) =>
  api(`/staff/applications/${matterId}/delegations`, { method: 'POST', body: form, idempotencyKey, answer: recorded });
