/** Local only: the stand-in partner registers (GET/PUT /api/dev/registers) and the benefits' nightly job (POST /api/dev/benefit-job). */
import * as z from 'zod/mini';
import { useQuery } from '@tanstack/react-query';
import { answerOf, api } from '../../api';

export interface RegisterRecordView {
  register: string;
  name: string;
  idNumberMasked: string;
  mode: 'answers' | 'silent';
  answer?: unknown;
  updatedAt: string;
}

export const registerKeys = { all: ['dev-registers'] as const };

const list = answerOf<{ records: RegisterRecordView[] }>(z.object({ records: z.array(z.looseObject({ register: z.string(), name: z.string(), idNumberMasked: z.string(), mode: z.string() })) }));
const saved = answerOf<{ saved: true }>(z.object({ saved: z.literal(true) }));
const ran = answerOf<Record<string, unknown>>(z.looseObject({}));

export const fetchRegisters = () => api('/dev/registers', { answer: list });

export function useRegisters() {
  return useQuery({ queryKey: registerKeys.all, queryFn: fetchRegisters });
}

export const saveRegister = (body: { register: string; idNumber: string; personName: string; mode: string; answer?: unknown }) => api('/dev/registers', { method: 'PUT', body, answer: saved });

export const runNightlyJob = () => api('/dev/benefit-job', { method: 'POST', body: { job: 'nightly' }, answer: ran });
