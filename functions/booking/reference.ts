/**
 * Booking references: eight characters a person can read out and an assessor can type, without the
 * letters that look like digits (0/O, 1/I/L) or U; shown as ABCD-EFGH, accepted however it is typed.
 */
import { randomInt } from 'node:crypto';

const ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZ23456789';

export function newBookingReference(): string {
  return Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}

/** A reference as typed or scanned (spaces, a hyphen, lower case, full-width): its eight characters, or undefined. */
export function normaliseReference(raw: string): string | undefined {
  const plain = raw.normalize('NFKC').toUpperCase().replace(/[\s-]/g, '');
  return /^[A-HJKMNP-TV-Z2-9]{8}$/.test(plain) ? plain : undefined;
}

export const showReference = (reference: string) => `${reference.slice(0, 4)}-${reference.slice(4)}`;
