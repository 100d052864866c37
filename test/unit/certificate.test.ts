import { describe, expect, it } from 'vitest';
import { certificateNumber, maskCertificateNumber, parseCertificateNumber, reissuedNumber } from '../../functions/domain/certificate-number.js';
import { cardGrade, gradeFor, speechGradable } from '../../functions/domain/assessment.js';
import { ANNEX_ID_FEMALE_1949 } from '../support/fixtures.js';

describe('certificate number', () => {
  it('is the ID number, the category and the grade: 11010519491231002X42 is physical, grade 2', () => {
    expect(certificateNumber(ANNEX_ID_FEMALE_1949, 4, 2)).toBe('11010519491231002X42');
    expect(parseCertificateNumber('11010519491231002x42')).toEqual({ idNumber: ANNEX_ID_FEMALE_1949, category: 4, grade: 2, reissue: 0 });
  });

  it('appends B1, then B2, for reissues after loss', () => {
    const first = reissuedNumber('11010519491231002X42');
    expect(first).toBe('11010519491231002X42B1');
    expect(reissuedNumber(first)).toBe('11010519491231002X42B2');
    expect(parseCertificateNumber('11010519491231002X42B12')?.reissue).toBe(12);
  });

  it('refuses a wrong ID check digit, category 8, grade 5 and B0', () => {
    expect(() => certificateNumber('110105194912310021', 4, 2)).toThrow();
    expect(() => certificateNumber(ANNEX_ID_FEMALE_1949, 8, 2)).toThrow();
    expect(() => certificateNumber(ANNEX_ID_FEMALE_1949, 4, 5)).toThrow();
    for (const bad of ['11010519491231002X82', '11010519491231002X45', '11010519491231002X42B0', '11010519491231002142']) {
      expect(parseCertificateNumber(bad), bad).toBeUndefined();
    }
  });
});

describe('assessment thresholds', () => {
  it('grades vision by best-corrected acuity of the better eye', () => {
    expect([0.01, 0.02, 0.049, 0.05, 0.09, 0.1, 0.29, 0.3].map((a) => gradeFor({ category: 1, bestCorrectedAcuity: a }))).toEqual([1, 2, 2, 3, 3, 4, 4, null]);
  });

  it('grades hearing by better-ear average loss', () => {
    expect([95, 91, 90, 81, 80, 61, 60, 41, 40].map((db) => gradeFor({ category: 2, averageLossDb: db }))).toEqual([1, 1, 2, 2, 3, 3, 4, 4, null]);
  });

  it('grades intellectual disability by IQ from age 7 and by DQ below it', () => {
    expect([19, 20, 34, 35, 49, 50, 69, 70].map((iq) => gradeFor({ category: 5, iq, ageYears: 10 }))).toEqual([1, 2, 2, 3, 3, 4, 4, null]);
    expect([25, 26, 39, 40, 54, 55, 75, 76].map((dq) => gradeFor({ category: 5, dq, ageYears: 4 }))).toEqual([1, 2, 2, 3, 3, 4, 4, null]);
    expect(gradeFor({ category: 5, iq: 30, ageYears: 5 })).toBeNull();
  });

  it('grades mental disability by WHO-DAS II score', () => {
    expect([120, 116, 115, 106, 105, 96, 95, 52, 51].map((w) => gradeFor({ category: 6, whodas: w }))).toEqual([1, 1, 2, 2, 3, 3, 4, 4, null]);
  });

  it('does not grade speech under age 3, and gives a multiple-disability card its most severe grade', () => {
    expect(speechGradable(2)).toBe(false);
    expect(speechGradable(3)).toBe(true);
    expect(cardGrade([3, 1, 4])).toBe(1);
  });
});

describe('certificate numbers in messages', () => {
  it('masks the ID part and keeps category, grade and reissue suffix', () => {
    expect(maskCertificateNumber('11010519491231002X42B1')).toBe('110105********002X42B1');
  });
});
