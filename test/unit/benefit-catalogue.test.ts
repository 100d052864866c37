/**
 * The benefit catalogue is checked whole at start-up: the seeded files pass, and a mistake stops it
 * loudly, naming the file, the benefit (and its version) and the field.
 */
import { describe, expect, it } from 'vitest';
import { BENEFIT_FILES, CatalogueError, catalogue, validateCatalogue } from '../../functions/benefits/catalogue.js';

const clone = <T>(value: T): T => structuredClone(value);
type Json = Record<string, any>;

/** The seeded files with one change to one of them. */
function withChange(file: string, change: (benefit: Json) => void): Record<string, unknown> {
  const files = clone(BENEFIT_FILES) as Record<string, Json>;
  change(files[file]!);
  return files;
}

function problemsOf(files: Record<string, unknown>): string[] {
  try {
    validateCatalogue(files);
  } catch (error) {
    if (error instanceof CatalogueError) return error.problems;
    throw error;
  }
  return [];
}

describe('the benefit catalogue', () => {
  it('loads the seeded benefits for the four districts', () => {
    expect(problemsOf(BENEFIT_FILES)).toEqual([]);
    const byDistrict = (code: string) => [...new Set(catalogue.filter((v) => v.district === code).map((v) => v.id))].sort();
    expect(byDistrict('430105')).toEqual(['care-subsidy', 'child-rehabilitation', 'fuel-subsidy', 'home-modification', 'living-subsidy']);
    expect(byDistrict('430103')).toEqual(['care-subsidy', 'child-rehabilitation', 'fuel-subsidy', 'living-subsidy']);
    expect(byDistrict('330213')).toHaveLength(5);
    expect(byDistrict('620723')).toHaveLength(5);
  });

  it('names file, benefit, version and field of an unknown rule field', () => {
    const problems = problemsOf(withChange('care-subsidy.json', (b) => (b.versions[0].eligibility.minGrade = 2)));
    expect(problems).toEqual(['config/benefits/care-subsidy.json: benefit care-subsidy, version 1 (430105 from 2024-01-01): eligibility.minGrade: unknown rule field']);
  });

  it('refuses an impossible age range', () => {
    const problems = problemsOf(withChange('fuel-subsidy.json', (b) => (b.versions[2].eligibility.age = { min: 70, max: 18 })));
    expect(problems).toEqual(['config/benefits/fuel-subsidy.json: benefit fuel-subsidy, version 3 (330213 from 2024-01-01): eligibility.age: impossible range: min is above max']);
  });

  it.each([
    ['a grade that does not exist', 'care-subsidy.json', (b: Json) => (b.versions[0].eligibility.card.anyOf[0].grades = [1, 5]), 'eligibility.card.anyOf.0.grades.1: a grade is 1–4'],
    ['a negative amount', 'living-subsidy.json', (b: Json) => (b.versions[1].amount.tiers[0].yuan = -100), 'amount.tiers.0.yuan: an amount must be above 0'],
    ['an age over 120', 'child-rehabilitation.json', (b: Json) => (b.versions[0].eligibility.age.max = 200), 'eligibility.age.max: nobody is older than 120'],
    ['stages out of order', 'living-subsidy.json', (b: Json) => b.versions[0].stages.reverse(), 'stages: stages must be in the order township, federation, civilAffairs, each once'],
    ['a default tier before others', 'care-subsidy.json', (b: Json) => b.versions[0].amount.tiers.reverse(), 'amount: a tier without conditions must come last: the tiers after it could never apply'],
    ['an unknown register', 'care-subsidy.json', (b: Json) => (b.versions[0].lookups[0].register = 'taxes'), 'lookups.0.register'],
  ])('refuses %s', (_what, file, change, expected) => {
    const problems = problemsOf(withChange(file, change));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`config/benefits/${file}: benefit `);
    expect(problems[0]).toContain(expected);
  });

  it('refuses rules that contradict each other or point nowhere', () => {
    const files = clone(BENEFIT_FILES) as Record<string, Json>;
    files['child-rehabilitation.json']!.versions[0].publicNotice = { workingDays: 5 };
    files['fuel-subsidy.json']!.versions[0].eligibility.notTogetherWith = ['pension'];
    files['living-subsidy.json']!.versions[0].district = '110101';
    files['home-modification.json']!.versions[0].materials[0].unlessConfirmedBy = 'deaths';
    expect(problemsOf(files)).toEqual([
      'config/benefits/living-subsidy.json: benefit living-subsidy, version 1 (110101 from 2024-01-01): district: 110101 is not in config/districts.json',
      'config/benefits/fuel-subsidy.json: benefit fuel-subsidy, version 1 (430105 from 2024-01-01): eligibility.notTogetherWith: no benefit pension in the catalogue',
      'config/benefits/child-rehabilitation.json: benefit child-rehabilitation, version 1 (430105 from 2024-01-01): publicNotice: there is never a public notice for minors, and this benefit is for ages up to 6',
      'config/benefits/home-modification.json: benefit home-modification, version 1 (430105 from 2024-01-01): materials.0.unlessConfirmedBy: deaths is not among the lookups, so it could never confirm it',
    ]);
  });

  it('refuses two versions of one district taking effect on the same day', () => {
    const problems = problemsOf(withChange('care-subsidy.json', (b) => (b.versions[1].validFrom = '2024-01-01')));
    expect(problems).toEqual(['config/benefits/care-subsidy.json: benefit care-subsidy, version 2 (430105 from 2024-01-01): validFrom: two versions for 430105 take effect on the same day']);
  });
});
