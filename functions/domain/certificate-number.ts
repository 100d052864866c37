/**
 * 残疾人证号 (domain.md §2): the 18-character ID number, the category digit (1–7) and the grade digit
 * (1–4); a reissue after loss appends B1, B2, …
 */
import { maskIdNumber, parseIdNumber } from './id-number.js';

const PATTERN = /^(\d{17}[\dX])([1-7])([1-4])(B[1-9]\d*)?$/;

export interface CertificateNumber {
  idNumber: string;
  category: number;
  grade: number;
  /** 0 for the first card; n for the n-th reissue (Bn). */
  reissue: number;
}

export function certificateNumber(idNumber: string, category: number, grade: number, reissue = 0): string {
  const id = parseIdNumber(idNumber);
  if (!id.ok) throw new Error(`invalid ID number (${id.problem})`);
  if (!Number.isInteger(category) || category < 1 || category > 7) throw new Error('category must be 1–7');
  if (!Number.isInteger(grade) || grade < 1 || grade > 4) throw new Error('grade must be 1–4');
  if (!Number.isInteger(reissue) || reissue < 0) throw new Error('reissue must be 0 or more');
  return `${id.facts.normalised}${category}${grade}${reissue > 0 ? `B${reissue}` : ''}`;
}

export function parseCertificateNumber(raw: string): CertificateNumber | undefined {
  const match = PATTERN.exec(raw.trim().toUpperCase());
  if (!match || !parseIdNumber(match[1]!).ok) return undefined;
  return { idNumber: match[1]!, category: Number(match[2]), grade: Number(match[3]), reissue: match[4] ? Number(match[4].slice(1)) : 0 };
}

/** For messages and lists: the ID part masked as everywhere else (110105********002X42B1). */
export function maskCertificateNumber(number: string): string {
  return `${maskIdNumber(number.slice(0, 18))}${number.slice(18)}`;
}

/** The number of the card that replaces a lost one: the next B-suffix; the old number becomes void. */
export function reissuedNumber(current: string): string {
  const parsed = parseCertificateNumber(current);
  if (!parsed) throw new Error('not a certificate number');
  return certificateNumber(parsed.idNumber, parsed.category, parsed.grade, parsed.reissue + 1);
}
