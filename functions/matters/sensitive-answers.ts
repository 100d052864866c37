/**
 * ID and phone numbers in a matter's answers: masked whenever anyone but the applicant reads them.
 * Staff filling in a 代办 draft see the masks too; a mask sent back unchanged keeps the number it stands
 * for, so reading masked never destroys what was typed.
 */
import { maskIdNumber } from '../domain/id-number.js';
import { maskMobile } from '../domain/phone.js';
import { maskCertificateNumber } from '../domain/certificate-number.js';
import type { MatterRecord } from './matter.js';

export const SENSITIVE_FIELDS = ['personIdNumber', 'personPhone', 'agentPhone'] as const;
export type SensitiveField = (typeof SENSITIVE_FIELDS)[number];
type Answers = Partial<Record<SensitiveField, string>> & Record<string, unknown>;

const maskOf = (field: SensitiveField, value: string) => (field === 'personIdNumber' ? maskIdNumber(value) : maskMobile(value));

/** A value that is a mask, not a number someone typed. */
export const isMasked = (value: unknown): value is string => typeof value === 'string' && value.includes('*');

export function maskedAnswers<A extends Answers>(answers: A): A {
  const masked: Answers = { ...answers };
  for (const field of SENSITIVE_FIELDS) if (typeof masked[field] === 'string') masked[field] = maskOf(field, masked[field]);
  return masked as A;
}

/** Takes out the masks sent back, to be put back by `keepUnchanged` once the rest is validated. */
export function withoutMasks(answers: Record<string, unknown>): { answers: Record<string, unknown>; masks: Partial<Record<SensitiveField, string>> } {
  const rest = { ...answers };
  const masks: Partial<Record<SensitiveField, string>> = {};
  for (const field of SENSITIVE_FIELDS) {
    const value = rest[field];
    if (isMasked(value)) {
      masks[field] = value;
      delete rest[field];
    }
  }
  return { answers: rest, masks };
}

/** The stored number for each mask sent back unchanged; a mask of anything else is refused by the caller. */
export function keepUnchanged<A extends Answers>(answers: A, stored: Answers, masks: Partial<Record<SensitiveField, string>>): { answers: A; wrong: SensitiveField[] } {
  const kept: Answers = { ...answers };
  const wrong: SensitiveField[] = [];
  for (const [field, mask] of Object.entries(masks) as [SensitiveField, string][]) {
    const original = stored[field];
    if (typeof original === 'string' && maskOf(field, original) === mask) kept[field] = original;
    else wrong.push(field);
  }
  return { answers: kept as A, wrong };
}

/** A matter as staff see it: answers masked, and a certificate number (which holds the whole ID number) masked like one. */
export function maskedMatter<M extends MatterRecord & { certificateNumber?: string; decision?: object }>(matter: M): M {
  const { certificateNumber } = matter;
  const decision = matter.decision as { certificateNumber?: string } | undefined;
  return {
    ...matter,
    answers: maskedAnswers(matter.answers as Answers),
    ...(certificateNumber ? { certificateNumber: maskCertificateNumber(certificateNumber) } : {}),
    ...(decision?.certificateNumber ? { decision: { ...decision, certificateNumber: maskCertificateNumber(decision.certificateNumber) } } : {}),
  };
}
