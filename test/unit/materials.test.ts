import { describe, expect, it } from 'vitest';
import { materialsFor, type MaterialQuestions } from '../../functions/applications/materials.js';
import { completeAnswersSchema, startQuestionsSchema } from '../../functions/applications/schemas.js';
import { allDistricts, type DistrictRules } from '../../functions/districts/district-config.js';
import { ANNEX_ID_FEMALE_1949, fictitiousIdNumber } from '../support/fixtures.js';
import { completeSelfAnswers } from '../support/applications.js';

const rules: DistrictRules = { ...allDistricts[0]!.rules[0]!, photos: { min: 1, max: 3 }, medicalRecords: 'optional' };
const adultSelf: MaterialQuestions = { forWhom: 'self', actingAs: 'self', isMinor: false, category: '4', hasIdCard: true };
const kinds = (q: MaterialQuestions, r = rules) => materialsFor(q, r).map((m) => `${m.kind}${m.required ? '' : '?'}`);

describe('materials list (一次性告知)', () => {
  it('an adult applying for themselves needs their ID card and a photo; medical records only where the district asks', () => {
    expect(kinds(adultSelf)).toEqual(['idCard', 'photo', 'medicalRecords?']);
    expect(kinds(adultSelf, { ...rules, medicalRecords: 'required' })).toEqual(['idCard', 'photo', 'medicalRecords']);
  });

  it('asks for the hukou pages when there is no ID card', () => {
    expect(kinds({ ...adultSelf, hasIdCard: false })[0]).toBe('hukouPage');
  });

  it('a guardian applying for a child brings proof of guardianship and their own ID', () => {
    expect(kinds({ forWhom: 'other', actingAs: 'guardian', isMinor: true, category: '2', hasIdCard: false })).toEqual([
      'hukouPage',
      'photo',
      'medicalRecords?',
      'guardianProof',
      'agentIdCard',
    ]);
  });

  it('an entrusted agent brings the power of attorney and their own ID, not a guardianship proof', () => {
    expect(kinds({ forWhom: 'other', actingAs: 'agent', isMinor: false, category: '1', hasIdCard: true })).toEqual([
      'idCard',
      'photo',
      'medicalRecords?',
      'agentIdCard',
      'powerOfAttorney',
    ]);
  });

  it('takes the photo count from the district rules', () => {
    const photo = materialsFor(adultSelf, { ...rules, photos: { min: 2, max: 2 } }).find((m) => m.kind === 'photo');
    expect(photo).toMatchObject({ minFiles: 2, maxFiles: 2 });
  });
});

describe('who may apply', () => {
  const base = { isMinor: false, category: '4', hasIdCard: true, districtCode: '430105' } as const;

  it('requires the legal guardian for intellectual and mental disability and for minors', () => {
    for (const q of [{ ...base, category: '5' }, { ...base, category: '6' }, { ...base, isMinor: true }]) {
      const result = startQuestionsSchema.safeParse({ ...q, forWhom: 'other', actingAs: 'agent' });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe('error.actingAs.guardianRequired');
    }
    expect(startQuestionsSchema.safeParse({ ...base, category: '5', forWhom: 'other', actingAs: 'guardian' }).success).toBe(true);
  });

  it('answers "self" as the role of someone applying for themselves', () => {
    expect(startQuestionsSchema.parse({ ...base, forWhom: 'self' }).actingAs).toBe('self');
  });

  it('at submission, a child (by the ID number) must have the guardian apply even if the start answer said adult', () => {
    const answers = {
      forWhom: 'other',
      actingAs: 'agent',
      relationship: 'entrusted',
      isMinor: false,
      category: '4',
      hasIdCard: true,
      personName: '小明',
      personIdNumber: fictitiousIdNumber('2018-06-15'),
      agentName: '王秀英',
      agentPhone: '13900000001',
      hukouAddress: '长沙市开福区某街道1号',
      currentAddress: '长沙市开福区某街道1号',
      hukouDistrictName: '长沙市开福区',
      districtCode: '430105',
      delivery: 'pickup',
      consent: true,
    };
    const result = completeAnswersSchema.safeParse(answers);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain('error.actingAs.guardianRequired');
    expect(completeAnswersSchema.safeParse({ ...answers, personIdNumber: ANNEX_ID_FEMALE_1949 }).success).toBe(true);
  });

  it('requires a postal address only for express delivery', () => {
    const answers = { ...completeSelfAnswers, deliveryAddress: undefined };
    const result = completeAnswersSchema.safeParse(answers);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['deliveryAddress']);
    expect(completeAnswersSchema.safeParse({ ...answers, delivery: 'pickup' }).success).toBe(true);
  });
});

describe('districts served', async () => {
  const { servedDistricts } = await import('../../functions/districts/district-config.js');

  it('serves every configured district unless the deployment names some', () => {
    expect(servedDistricts(undefined).map((d) => d.code)).toEqual(['430105', '430103', '330213', '620723']);
    expect(servedDistricts('620723, 430105').map((d) => d.code)).toEqual(['430105', '620723']);
  });
});
