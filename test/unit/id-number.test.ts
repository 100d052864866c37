import { describe, expect, it } from 'vitest';
import { ageOn, maskIdNumber, parseIdNumber } from '../../functions/domain/id-number.js';
import { ANNEX_ID_FEMALE_1949, ANNEX_ID_MALE_1880 } from '../support/fixtures.js';

const today = new Date('2026-11-23T00:00:00Z');

describe('resident ID number (GB 11643-1999)', () => {
  it('accepts the annex example 11010519491231002X as a woman born 1949-12-31', () => {
    expect(parseIdNumber(ANNEX_ID_FEMALE_1949, today)).toEqual({
      ok: true,
      facts: { normalised: ANNEX_ID_FEMALE_1949, birthDate: '1949-12-31', sex: 'female' },
    });
  });

  it('accepts the annex example 440524188001010014 as a man born 1880-01-01', () => {
    const result = parseIdNumber(ANNEX_ID_MALE_1880, today);
    expect(result.ok && result.facts).toMatchObject({ birthDate: '1880-01-01', sex: 'male' });
  });

  it('accepts a lower-case x and normalises it, trimming spaces', () => {
    const result = parseIdNumber('  11010519491231002x ', today);
    expect(result.ok && result.facts.normalised).toBe(ANNEX_ID_FEMALE_1949);
  });

  it.each([
    ['in groups as printed', '110105 19491231 002X'],
    ['with a full-width space and a lower-case x', '110105　19491231002x'],
    ['in full-width digits and letter, as a Chinese keyboard types them', '１１０１０５１９４９１２３１００２Ｘ'],
    ['with hyphens', '110105-19491231-002X'],
  ])('accepts the number typed %s and normalises it', (_how, typed) => {
    const result = parseIdNumber(typed, today);
    expect(result.ok && result.facts.normalised).toBe(ANNEX_ID_FEMALE_1949);
  });

  it('refuses a wrong check character (110105194912310021)', () => {
    expect(parseIdNumber('110105194912310021', today)).toEqual({ ok: false, problem: 'checksum' });
  });

  it('refuses an impossible birth date (February 30th)', () => {
    expect(parseIdNumber('110105194902300021', today)).toEqual({ ok: false, problem: 'birthDate' });
  });

  it('refuses a birth date in the future', () => {
    expect(parseIdNumber('110105203001010011', today)).toEqual({ ok: false, problem: 'birthDate' });
  });

  it.each(['', '1101051949123100', '01010519491231002X', '1101051949123100XX', '11010519491231002Y'])('refuses the malformed %j', (value) => {
    expect(parseIdNumber(value, today)).toEqual({ ok: false, problem: 'shape' });
  });

  it('masks all but the first six and last four characters', () => {
    expect(maskIdNumber(ANNEX_ID_FEMALE_1949)).toBe('110105********002X');
  });

  it('counts age in whole years, the day before and on the birthday', () => {
    expect(ageOn('2008-11-24', '2026-11-23')).toBe(17);
    expect(ageOn('2008-11-23', '2026-11-23')).toBe(18);
  });
});
