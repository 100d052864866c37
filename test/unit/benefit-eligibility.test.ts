/**
 * The seeded catalogue's eligibility rules, one row per rule, written so a policy officer can check
 * them against the documents: who (district, card, age, household, allowances, facts) → what the engine
 * says, and why. The overlap rules of domain.md §5 (择高, 特困, orphans, work-injury care) have rows
 * of their own.
 */
import { describe, expect, it } from 'vitest';
import { benefitInEffect } from '../../functions/benefits/catalogue.js';
import { assess, type Card, type Outcome, type PersonFacts } from '../../functions/benefits/eligibility.js';
import { explain } from '../../functions/benefits/explain.js';
import type { BenefitVersion } from '../../functions/benefits/catalogue-schema.js';

const KAIFU = '430105';
const TIANXIN = '430103';
const FENGHUA = '330213';
const LINZE = '620723';
const TODAY = '2026-12-02';

const card = (category: number, grade: number, components?: Card['components']): Card => ({ category, grade, ...(components ? { components } : {}) });
/** Someone known in every respect the public check asks: no allowances, hukou here. */
const known = (facts: PersonFacts): PersonFacts => ({ hukouInDistrict: true, allowances: [], holding: [], ...facts });

type Row = [benefit: string, district: string, who: string, person: PersonFacts, outcome: Outcome, reasons: string[], yuan?: number, date?: string];

const rows: Row[] = [
  // 困难残疾人生活补贴: any card, 低保 (Kaifu also 低保边缘), hukou here; not with 特困, orphan support or work-injury care.
  ['living-subsidy', KAIFU, 'grade 3 physical, 低保', known({ card: card(4, 3), household: 'dibao', age: 50 }), 'likely', ['card.met', 'household.met', 'hukou.met'], 80],
  ['living-subsidy', KAIFU, 'grade 1 physical, 低保: the higher tier', known({ card: card(4, 1), household: 'dibao', age: 50 }), 'likely', ['card.met', 'household.met', 'hukou.met'], 100],
  ['living-subsidy', KAIFU, '低保边缘 in Kaifu (a district extension)', known({ card: card(4, 3), household: 'dibaoEdge' }), 'likely', ['card.met', 'household.met', 'hukou.met'], 80],
  ['living-subsidy', TIANXIN, '低保边缘 in Tianxin (no extension)', known({ card: card(4, 3), household: 'dibaoEdge' }), 'notLikely', ['household.notMet']],
  ['living-subsidy', KAIFU, 'no 低保', known({ card: card(4, 3), household: 'none' }), 'notLikely', ['household.notMet']],
  ['living-subsidy', KAIFU, 'no card', known({ card: null, household: 'dibao' }), 'notLikely', ['card.none']],
  ['living-subsidy', KAIFU, '特困 support: neither subsidy', known({ card: card(4, 1), household: 'tekun' }), 'notLikely', ['excluded']],
  ['living-subsidy', KAIFU, 'an orphan on basic-living support', known({ card: card(4, 1), household: 'dibao', allowances: [{ kind: 'orphanSupport' }] }), 'notLikely', ['excluded']],
  ['living-subsidy', KAIFU, 'work-injury care allowance: neither subsidy', known({ card: card(4, 1), household: 'dibao', allowances: [{ kind: 'workInjuryCare', monthlyYuan: 900 }] }), 'notLikely', ['excluded']],
  ['living-subsidy', KAIFU, 'hukou in another district', known({ card: card(4, 3), household: 'dibao', hukouInDistrict: false }), 'notLikely', ['hukou.notMet']],
  ['living-subsidy', KAIFU, 'household status not known: ask civil affairs', known({ card: card(4, 3) }), 'check', ['household.unknown']],
  ['living-subsidy', KAIFU, 'other allowances not known: likely, with a note', { card: card(4, 3), household: 'dibao', hukouInDistrict: true }, 'likely', ['card.met', 'household.met', 'hukou.met'], 80],
  ['living-subsidy', FENGHUA, 'Fenghua pays by household: 低保', known({ card: card(4, 3), household: 'dibao' }), 'likely', ['card.met', 'household.met', 'hukou.met'], 570],
  ['living-subsidy', FENGHUA, 'Fenghua pays by household: 低保边缘', known({ card: card(4, 3), household: 'dibaoEdge' }), 'likely', ['card.met', 'household.met', 'hukou.met'], 285],
  ['living-subsidy', LINZE, 'Linze, grade 4', known({ card: card(2, 4), household: 'dibao' }), 'likely', ['card.met', 'household.met', 'hukou.met'], 70],

  // 重度残疾人护理补贴: grades 1–2 (Kaifu from 2026-07-01 and Fenghua also intellectual/mental grade 3, Fenghua grade 4 too).
  ['care-subsidy', KAIFU, 'grade 2 physical', known({ card: card(4, 2) }), 'likely', ['card.met', 'hukou.met'], 100],
  ['care-subsidy', KAIFU, 'grade 1 physical', known({ card: card(4, 1) }), 'likely', ['card.met', 'hukou.met'], 150],
  ['care-subsidy', KAIFU, 'grade 1 under the 2024 rules', known({ card: card(4, 1) }), 'likely', ['card.met', 'hukou.met'], 100, '2026-01-01'],
  ['care-subsidy', KAIFU, 'grade 3 intellectual under the 2024 rules', known({ card: card(5, 3) }), 'notLikely', ['card.notMet'], undefined, '2026-01-01'],
  ['care-subsidy', KAIFU, 'grade 3 intellectual from 2026-07-01 (extension)', known({ card: card(5, 3) }), 'likely', ['card.met', 'hukou.met'], 100],
  ['care-subsidy', TIANXIN, 'grade 3 mental in Tianxin (no extension)', known({ card: card(6, 3) }), 'notLikely', ['card.notMet']],
  ['care-subsidy', FENGHUA, 'grade 4 mental in Fenghua (extension to grade 4)', known({ card: card(6, 4) }), 'likely', ['card.met', 'hukou.met'], 150],
  ['care-subsidy', KAIFU, 'grade 3 physical', known({ card: card(4, 3) }), 'notLikely', ['card.notMet']],
  ['care-subsidy', KAIFU, 'multiple disability with a grade 1 intellectual part', known({ card: card(7, 1, [{ category: 5, grade: 1 }, { category: 4, grade: 3 }]) }), 'likely', ['card.met', 'hukou.met'], 150],
  ['care-subsidy', KAIFU, 'multiple, grade 3, with a grade 3 mental part (extension)', known({ card: card(7, 3, [{ category: 6, grade: 3 }, { category: 1, grade: 4 }]) }), 'likely', ['card.met', 'hukou.met'], 100],
  ['care-subsidy', KAIFU, 'multiple, grade 3, parts not known', known({ card: card(7, 3) }), 'check', ['card.unknown']],
  ['care-subsidy', KAIFU, '择高: elderly care allowance of 200 is higher, kept', known({ card: card(4, 1), allowances: [{ kind: 'elderlyCare', monthlyYuan: 200 }] }), 'notLikely', ['higherOf.keep']],
  ['care-subsidy', KAIFU, '择高: elderly care allowance of 150 equals it, kept', known({ card: card(4, 1), allowances: [{ kind: 'elderlyCare', monthlyYuan: 150 }] }), 'notLikely', ['higherOf.keep']],
  ['care-subsidy', KAIFU, '择高: elderly care allowance of 60 is lower, may switch', known({ card: card(4, 1), allowances: [{ kind: 'elderlyCare', monthlyYuan: 60 }] }), 'likely', ['card.met', 'hukou.met'], 150],
  ['care-subsidy', KAIFU, '择高: retired cadres’ care, amount not known', known({ card: card(4, 2), allowances: [{ kind: 'retiredCadreCare' }] }), 'check', ['higherOf.unknownAmount']],
  ['care-subsidy', KAIFU, 'work-injury care allowance: neither subsidy', known({ card: card(4, 1), allowances: [{ kind: 'workInjuryCare', monthlyYuan: 50 }] }), 'notLikely', ['excluded']],
  ['care-subsidy', KAIFU, '特困 support: neither subsidy', known({ card: card(4, 1), household: 'tekun' }), 'notLikely', ['excluded']],
  ['care-subsidy', KAIFU, 'an orphan on basic-living support keeps the care subsidy', known({ card: card(5, 1), allowances: [{ kind: 'orphanSupport' }], age: 9 }), 'likely', ['card.met', 'hukou.met'], 150],
  ['care-subsidy', KAIFU, 'no automatic switch at 60: age plays no part', known({ card: card(4, 2), age: 60 }), 'likely', ['card.met', 'hukou.met'], 100],
  ['care-subsidy', LINZE, 'Linze: one amount for grades 1–2', known({ card: card(1, 2) }), 'likely', ['card.met', 'hukou.met'], 100],

  // 燃油补贴: physical disability of the lower limbs, owns a motorised wheelchair vehicle, ages 18–70 (Fenghua 75).
  ['fuel-subsidy', KAIFU, 'lower-limb, owns the vehicle, 40', known({ card: card(4, 3), age: 40, facts: { lowerLimb: true, ownsMotorisedWheelchair: true } }), 'likely', ['card.met', 'age.met', 'hukou.met', 'fact.met', 'fact.met'], 260],
  ['fuel-subsidy', KAIFU, 'aged 75 in Kaifu', known({ card: card(4, 3), age: 75, facts: { lowerLimb: true, ownsMotorisedWheelchair: true } }), 'notLikely', ['age.notMet']],
  ['fuel-subsidy', FENGHUA, 'aged 75 in Fenghua', known({ card: card(4, 3), age: 75, facts: { lowerLimb: true, ownsMotorisedWheelchair: true } }), 'likely', ['card.met', 'age.met', 'hukou.met', 'fact.met', 'fact.met'], 300],
  ['fuel-subsidy', KAIFU, 'visual disability', known({ card: card(1, 2), age: 40, facts: { lowerLimb: true, ownsMotorisedWheelchair: true } }), 'notLikely', ['card.notMet']],
  ['fuel-subsidy', KAIFU, 'no vehicle', known({ card: card(4, 3), age: 40, facts: { lowerLimb: true, ownsMotorisedWheelchair: false } }), 'notLikely', ['fact.notMet']],
  ['fuel-subsidy', KAIFU, 'vehicle and limbs not asked yet', known({ card: card(4, 3), age: 40 }), 'check', ['fact.unknown', 'fact.unknown']],

  // 残疾儿童康复救助: ages 0–6 (Fenghua 0–14), a diagnosis may stand in for a card.
  ['child-rehabilitation', KAIFU, 'a 4-year-old, grade 2 intellectual', known({ card: card(5, 2), age: 4 }), 'likely', ['card.met', 'age.met', 'hukou.met'], 14000],
  ['child-rehabilitation', KAIFU, 'a 4-year-old with a diagnosis, no card', known({ card: null, hasDiagnosis: true, age: 4 }), 'likely', ['card.diagnosis', 'age.met', 'hukou.met'], 14000],
  ['child-rehabilitation', KAIFU, 'a 4-year-old, no card, diagnosis not asked', known({ card: null, age: 4 }), 'check', ['card.unknown']],
  ['child-rehabilitation', KAIFU, 'a 4-year-old with neither card nor diagnosis', known({ card: null, hasDiagnosis: false, age: 4 }), 'notLikely', ['card.none']],
  ['child-rehabilitation', KAIFU, 'a 10-year-old in Kaifu', known({ card: card(2, 1), age: 10 }), 'notLikely', ['age.notMet']],
  ['child-rehabilitation', FENGHUA, 'a 10-year-old in Fenghua', known({ card: card(2, 1), age: 10 }), 'likely', ['card.met', 'age.met', 'hukou.met'], 20000],

  // 无障碍改造: grades 1–2 in a hardship household (特困 included), a home that can be adapted.
  ['home-modification', KAIFU, 'grade 1, 低保, adaptable home', known({ card: card(4, 1), household: 'dibao', facts: { dwellingModifiable: true } }), 'likely', ['card.met', 'household.met', 'hukou.met', 'fact.met'], 6000],
  ['home-modification', KAIFU, 'grade 2, 特困 (a hardship household here)', known({ card: card(1, 2), household: 'tekun', facts: { dwellingModifiable: true } }), 'likely', ['card.met', 'household.met', 'hukou.met', 'fact.met'], 6000],
  ['home-modification', KAIFU, 'grade 3', known({ card: card(4, 3), household: 'dibao', facts: { dwellingModifiable: true } }), 'notLikely', ['card.notMet']],
];

const version = (id: string, district: string, date = TODAY) => {
  const v = benefitInEffect(id, district, date);
  if (!v) throw new Error(`${district} does not offer ${id} on ${date}`);
  return v;
};

describe('the eligibility rules of the seeded catalogue', () => {
  it.each(rows)('%s in %s — %s', (benefit, district, _who, person, outcome, reasons, yuan, date) => {
    const result = assess(version(benefit, district, date), person);
    expect({ outcome: result.outcome, reasons: result.reasons.map((r) => r.code) }).toEqual({ outcome, reasons });
    if (yuan !== undefined) expect(result.amount?.yuan).toBe(yuan);
  });

  it('says why in plain words, with the numbers that decide', () => {
    const care = version('care-subsidy', KAIFU);
    const grade3 = assess(care, known({ card: card(4, 3) }));
    expect(explain(grade3.reasons[0]!, '护理补贴', 'zh-CN')).toBe('护理补贴是给一级、二级，或三级智力、精神残疾的；您的残疾人证是三级肢体残疾。');
    expect(explain(grade3.reasons[0]!, 'care subsidy', 'en')).toBe('The care subsidy is for grade 1 or 2, or grade 3 intellectual or mental disability; your card is grade 3 physical disability.');
    const kept = assess(care, known({ card: card(4, 1), allowances: [{ kind: 'elderlyCare', monthlyYuan: 200 }] }));
    expect(explain(kept.reasons[0]!, '护理补贴', 'zh-CN')).toBe('您领取的老年人护理补贴每月200元，比护理补贴的150元高。两者只能领一项（择高），所以保留您现在领的这一项。');
  });

  it('notes an overlap it cannot check yet instead of guessing', () => {
    const result = assess(version('care-subsidy', KAIFU), { card: card(4, 1), hukouInDistrict: true });
    expect(result.outcome).toBe('likely');
    expect(result.notes.map((n) => n.code)).toEqual(['excluded.maybe', 'higherOf.maybe']);
    const switchable = assess(version('care-subsidy', KAIFU), known({ card: card(4, 1), household: 'none', allowances: [{ kind: 'elderlyCare', monthlyYuan: 60 }] }));
    expect(switchable.notes.map((n) => n.code)).toEqual(['higherOf.switch']);
  });

  it('gives the range of amounts when the facts do not pick a tier', () => {
    const result = assess(version('care-subsidy', KAIFU), { hukouInDistrict: true });
    expect(result.outcome).toBe('check');
    expect(result.amount).toBeUndefined();
    expect(result.range).toEqual({ min: 100, max: 150, per: 'month', upTo: false });
  });

  it('knows which district does not offer a benefit', () => {
    expect(benefitInEffect('home-modification', TIANXIN, TODAY)).toBeUndefined();
    expect(benefitInEffect('care-subsidy', KAIFU, '2023-12-31')).toBeUndefined();
  });

  it('refuses a benefit held together with one it may not be held with', () => {
    const base = version('fuel-subsidy', KAIFU);
    const exclusive: BenefitVersion = { ...base, eligibility: { ...base.eligibility, notTogetherWith: ['home-modification'] } };
    const person = known({ card: card(4, 3), age: 40, facts: { lowerLimb: true, ownsMotorisedWheelchair: true } });
    expect(assess(exclusive, { ...person, holding: ['home-modification'] }).reasons.map((r) => r.code)).toEqual(['notTogether']);
    expect(assess(exclusive, person).outcome).toBe('likely');
    expect(assess(exclusive, { ...person, holding: undefined }).notes.map((n) => n.code)).toEqual(['notTogether.maybe']);
  });
});
