/** GET /api/certificates and POST /api/certificates/{number}/matters: the holder's cards and their matters. */
import * as z from 'zod/mini';
import { useQuery } from '@tanstack/react-query';
import { answerOf, api } from '../../api';
import type { CertificateSummary } from '../../../../functions/certificates/certificate-matters';

export const certificateKeys = { all: ['certificates'] as const };

const list = answerOf<{ certificates: CertificateSummary[] }>(
  z.object({ certificates: z.array(z.looseObject({ number: z.string(), status: z.string(), validUntil: z.string(), renewableFrom: z.string(), idNumberMasked: z.string() })) }),
);
const started = answerOf<{ application: { id: string } }>(z.object({ application: z.looseObject({ id: z.string() }) }));

export const fetchCertificates = () => api('/certificates', { answer: list });

/** `enabled: false` where a page may be seen signed out (it then asks nothing). */
export function useCertificates(enabled = true) {
  return useQuery({ queryKey: certificateKeys.all, queryFn: fetchCertificates, enabled });
}

/** What was not chosen is not sent, so the server names each missing answer. */
export const startMatter = (number: string, body: { matter?: string; reason?: string }, idempotencyKey: string) =>
  api(`/certificates/${number}/matters`, { method: 'POST', body, idempotencyKey, answer: started });
