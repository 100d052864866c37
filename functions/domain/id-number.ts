/** Resident identity number (GB 11643-1999): normalisation, checksum and what it tells us. */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARACTERS = '10X98765432';
const SHAPE = /^[1-9]\d{16}[\dX]$/;

export type Sex = 'male' | 'female';

export interface IdNumberFacts {
  normalised: string;
  birthDate: string; // YYYY-MM-DD
  sex: Sex;
}

export type IdNumberProblem = 'shape' | 'birthDate' | 'checksum';

/**
 * As people type it: in groups as printed ("110105 19491231 002X"), with a Chinese keyboard's full-width
 * digits and letters ("１１０１…Ｘ"), or a lower-case x. NFKC turns full-width characters into plain
 * ones; spaces of any width and hyphens go.
 */
export function normaliseIdNumber(raw: string): string {
  return raw.normalize('NFKC').replace(/[\s-]/g, '').toUpperCase();
}

export function checkCharacterFor(first17Digits: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17Digits[i]) * WEIGHTS[i]!;
  return CHECK_CHARACTERS[sum % 11]!;
}

function isRealPastDate(yyyymmdd: string, today: Date): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(year, month - 1, day));
  const isReal = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return isReal && year >= 1800 && date.getTime() <= today.getTime();
}

/** Returns the facts an ID number carries, or the first problem found with it. */
export function parseIdNumber(
  raw: string,
  today: Date = new Date(),
): { ok: true; facts: IdNumberFacts } | { ok: false; problem: IdNumberProblem } {
  const id = normaliseIdNumber(raw);
  if (!SHAPE.test(id)) return { ok: false, problem: 'shape' };
  const birth = id.slice(6, 14);
  if (!isRealPastDate(birth, today)) return { ok: false, problem: 'birthDate' };
  if (checkCharacterFor(id.slice(0, 17)) !== id[17]) return { ok: false, problem: 'checksum' };
  return {
    ok: true,
    facts: {
      normalised: id,
      birthDate: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`,
      sex: Number(id[16]) % 2 === 1 ? 'male' : 'female',
    },
  };
}

/** Whole years of age on `today` (Asia/Shanghai calendar date, YYYY-MM-DD). */
export function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/** `110105********002X`: first six and last four kept. */
export function maskIdNumber(id: string): string {
  if (id.length < 10) return '*'.repeat(id.length);
  return `${id.slice(0, 6)}${'*'.repeat(id.length - 10)}${id.slice(-4)}`;
}
