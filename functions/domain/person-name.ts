/**
 * Names: never reject a real one. Minority names carry a middle dot, some characters lie outside the
 * Basic Multilingual Plane, and length is counted in characters, not bytes or UTF-16 units.
 */

export const NAME_MAX_CHARACTERS = 50;

const MIDDLE_DOTS = /[\u00B7\u2022\u2027\u30FB\uFF0E\u0387\u16EB\u2219\u22C5\u2E31\uFF65]/g;

/** Trims, folds runs of spaces, and writes every look-alike middle dot as U+00B7. */
export function normaliseName(raw: string): string {
  return raw.normalize('NFC').trim().replace(/\s+/g, ' ').replace(MIDDLE_DOTS, '\u00B7');
}

export function characterCount(text: string): number {
  return [...text].length;
}

/** Letters (any script), marks, middle dots, spaces, apostrophes and hyphens; no digits or symbols. */
const NAME_SHAPE = /^[\p{L}\p{M}][\p{L}\p{M}\u00B7' \-]*$/u;

export function isAcceptableName(raw: string): boolean {
  const name = normaliseName(raw);
  const length = characterCount(name);
  return length >= 1 && length <= NAME_MAX_CHARACTERS && NAME_SHAPE.test(name) && !/[\u00B7' \-]$/.test(name);
}

/** For de-identified lists: first character and `*` for the rest. */
export function maskName(name: string): string {
  const chars = [...name];
  return chars.length <= 1 ? '*' : chars[0] + '*'.repeat(chars.length - 1);
}
