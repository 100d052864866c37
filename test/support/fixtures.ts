import { checkCharacterFor } from '../../functions/domain/id-number.js';

/** The standard's own annex examples (GB 11643-1999): safe to use, they belong to nobody. */
export const ANNEX_ID_FEMALE_1949 = '11010519491231002X';
export const ANNEX_ID_MALE_1880 = '440524188001010014';

/**
 * An ID number for a person of a given birth date under region code 999999, which is no real
 * administrative division, so the number cannot be anyone's.
 */
export function fictitiousIdNumber(birthDate: string, sequence = '001'): string {
  const first17 = `999999${birthDate.replaceAll('-', '')}${sequence}`;
  return first17 + checkCharacterFor(first17);
}
