/**
 * ID and phone numbers in an application's answers: masked whenever anyone but the applicant reads
 * them. Staff filling in a 代办 draft see the masks too; a mask sent back unchanged keeps the number
 * it stands for, so reading masked never destroys what was typed.
 */
import type { DraftAnswers } from './schemas.js';
import type { Application } from './application.js';
import { maskCertificateNumber } from '../domain/certificate-number.js';
import { maskIdNumber } from '../domain/id-number.js';
import { maskMobile } from '../domain/phone.js';

export const SENSITIVE_FIELDS = ['personIdNumber', 'personPhone', 'agentPhone'] as const;
export type SensitiveField = (typeof SENSITIVE_FIELDS)[number];

const maskOf = (field: SensitiveField, value: string) => (field === 'personIdNumber' ? maskIdNumber(value) : maskMobile(value));

/** A value that is a mask, not a number someone typed. */
export const isMasked = (value: unknown): value is string => typeof value === 'string' && value.includes('*');

export function maskedAnswers(answers: DraftAnswers): DraftAnswers {
  const masked = { ...answers };
  for (const field of SENSITIVE_FIELDS) if (masked[field]) masked[field] = maskOf(field, masked[field]!);
  return masked;
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
export function keepUnchanged(answers: DraftAnswers, stored: DraftAnswers, masks: Partial<Record<SensitiveField, string>>): { answers: DraftAnswers; wrong: SensitiveField[] } {
  const kept = { ...answers };
  const wrong: SensitiveField[] = [];
  for (const [field, mask] of Object.entries(masks) as [SensitiveField, string][]) {
    const original = stored[field];
    if (original && maskOf(field, original) === mask) kept[field] = original;
    else wrong.push(field);
  }
  return { answers: kept, wrong };
}

/** A certificate number holds the whole ID number, so it is masked like one. */
export function maskedApplication(application: Application): Application {
  const { decision, certificateNumber } = application;
  return {
    ...application,
    answers: maskedAnswers(application.answers),
    ...(certificateNumber ? { certificateNumber: maskCertificateNumber(certificateNumber) } : {}),
    ...(decision?.certificateNumber ? { decision: { ...decision, certificateNumber: maskCertificateNumber(decision.certificateNumber) } } : {}),
  };
}

