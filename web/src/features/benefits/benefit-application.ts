/**
 * One benefit matter for the person it is for: GET/PUT /api/benefit-applications/{id}, Apply (POST
 * /api/benefit-applications), 政策找人's yes or no (…/proposal), and sending or withdrawing it through
 * the kernel's routes (POST /api/applications/{id}/submit and …/withdraw).
 */
import * as z from 'zod/mini';
import { useQuery } from '@tanstack/react-query';
import { answerOf, api } from '../../api';
import type { BenefitView } from '../../../../functions/benefits/benefit-view';
import type { Register } from '../../../../functions/benefits/catalogue-schema';
import { benefitKeys } from './benefit-keys';

export type { BenefitView, Register };

const text = z.looseObject({ 'zh-CN': z.string(), en: z.string() });
export const benefitViewShape = z.looseObject({
  application: z.looseObject({ id: z.string(), status: z.string(), version: z.number(), benefitId: z.string(), answers: z.record(z.string(), z.unknown()) }),
  benefit: z.looseObject({ id: z.string(), name: text, lookups: z.array(z.looseObject({ register: z.string(), purpose: text })), institutions: z.array(z.looseObject({ id: z.string() })) }),
  eligibility: z.looseObject({ outcome: z.string(), reasons: z.array(z.string()), amount: z.string() }),
  materials: z.array(z.looseObject({ kind: z.string(), status: z.string() })),
  timeline: z.array(z.looseObject({ id: z.string(), at: z.string(), event: z.string(), status: z.string() })),
  actions: z.array(z.string()),
});
const view = answerOf<BenefitView>(benefitViewShape);
const changed = answerOf<{ application: { id: string; status: string; version: number } }>(z.object({ application: z.looseObject({ id: z.string(), status: z.string(), version: z.number() }) }));

export const fetchBenefitApplication = (id: string) => api(`/benefit-applications/${id}`, { answer: view });

export function useBenefitApplication(id: string) {
  return useQuery({ queryKey: benefitKeys.detail(id), queryFn: () => fetchBenefitApplication(id) });
}

/** Apply on a likely benefit: a draft pre-filled from the card, or (a diagnosis standing in for one) a draft for the district. */
export const startBenefit = (body: { benefitId: string; consents: Register[] } & ({ certificateNumber: string } | { districtCode: string }), idempotencyKey: string) =>
  api('/benefit-applications', { method: 'POST', body, idempotencyKey, answer: view });

export interface BenefitSave {
  answers?: Record<string, unknown>;
  consents?: Register[];
  bankAccount?: { holderName: string; bankName: string; kind: 'card' | 'passbook'; accountNumber: string };
}

export const saveBenefit = (id: string, version: number, save: BenefitSave) => api(`/benefit-applications/${id}`, { method: 'PUT', body: { version, ...save }, answer: view });

export const answerProposal = (id: string, version: number, accept: boolean, idempotencyKey: string) =>
  api(`/benefit-applications/${id}/proposal`, { method: 'POST', body: { version, accept }, idempotencyKey, answer: changed });

const receipt = answerOf<{ receipt: { reference: string; status: string } }>(z.object({ receipt: z.looseObject({ reference: z.string(), status: z.string() }) }));

export const sendBenefit = (id: string, version: number, idempotencyKey: string) => api(`/applications/${id}/submit`, { method: 'POST', body: { version }, idempotencyKey, answer: receipt });

export const resendBenefit = (id: string, version: number, idempotencyKey: string) => api(`/applications/${id}/resubmit`, { method: 'POST', body: { version }, idempotencyKey, answer: changed });

export const withdrawBenefit = (id: string, version: number, idempotencyKey: string) => api(`/applications/${id}/withdraw`, { method: 'POST', body: { version }, idempotencyKey, answer: changed });

/** 代办: staff start a benefit application in the person's account from their card (POST /api/staff/benefit-filings). */
export const fileBenefit = (body: { accountPhone: string; channel: 'counter' | 'homeVisit'; benefitId: string; certificateNumber: string; consents: Register[] }, idempotencyKey: string) =>
  api('/staff/benefit-filings', { method: 'POST', body, idempotencyKey, answer: view });
