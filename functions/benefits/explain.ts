/**
 * The engine's reasons in plain words, in both languages: "护理补贴是给一级或二级的；您的残疾人证是三级。"
 * Used by every answer that shows a reason (the public check, a refusal, a proposal), so a reason
 * reads the same wherever it appears.
 */
import type { Language } from '../shared/i18n.js';
import type { Allowance, BenefitVersion, CardMatch, Exclusion, Fact, HouseholdStatus, Stage } from './catalogue-schema.js';
import type { AmountFound, Assessment, Card, Reason } from './eligibility.js';

type Words = Record<Language, string>;

/** Short names, joined before the word for disability: 智力、精神残疾, intellectual or mental disability. */
const CATEGORY: Record<number, Words> = {
  1: { 'zh-CN': '视力', en: 'visual' },
  2: { 'zh-CN': '听力', en: 'hearing' },
  3: { 'zh-CN': '言语', en: 'speech' },
  4: { 'zh-CN': '肢体', en: 'physical' },
  5: { 'zh-CN': '智力', en: 'intellectual' },
  6: { 'zh-CN': '精神', en: 'mental' },
  7: { 'zh-CN': '多重', en: 'multiple' },
};
const GRADE_ZH = ['', '一级', '二级', '三级', '四级'];
export const HOUSEHOLD: Record<HouseholdStatus, Words> = {
  dibao: { 'zh-CN': '低保', en: 'on minimum living support (低保)' },
  dibaoEdge: { 'zh-CN': '低保边缘', en: 'just above minimum living support (低保边缘)' },
  tekun: { 'zh-CN': '特困供养', en: 'on support for people in extreme poverty (特困)' },
  none: { 'zh-CN': '不是低保、低保边缘或特困家庭', en: 'not on any of these supports' },
};
export const ALLOWANCE: Record<Allowance, Words> = {
  elderlyCare: { 'zh-CN': '老年人护理补贴', en: 'elderly care allowance' },
  workInjuryCare: { 'zh-CN': '工伤保险生活护理费', en: 'work-injury care allowance' },
  retiredCadreCare: { 'zh-CN': '离休干部护理费', en: 'retired cadres’ care allowance' },
  orphanSupport: { 'zh-CN': '孤儿基本生活保障', en: 'basic living support for orphans' },
};
const EXCLUSION: Record<Exclusion, Words> = { ...ALLOWANCE, tekun: { 'zh-CN': '特困人员供养', en: 'support for people in extreme poverty (特困)' } };
export const FACT: Record<Fact, { need: Words; unknown: Words }> = {
  lowerLimb: {
    need: { 'zh-CN': '下肢残疾', en: 'a lower-limb disability' },
    unknown: { 'zh-CN': '申请时会问您是否是下肢残疾', en: 'when you apply you will be asked whether the disability is of the lower limbs' },
  },
  ownsMotorisedWheelchair: {
    need: { 'zh-CN': '自己有一辆残疾人机动轮椅车', en: 'owning a motorised wheelchair vehicle' },
    unknown: { 'zh-CN': '申请时会问您是否有残疾人机动轮椅车', en: 'when you apply you will be asked whether you own a motorised wheelchair vehicle' },
  },
  dwellingModifiable: {
    need: { 'zh-CN': '住房可以改造（自有住房，或房东同意）', en: 'a home that can be adapted (your own, or the landlord agrees)' },
    unknown: { 'zh-CN': '工作人员会上门看住房能不能改造', en: 'staff will visit to see whether the home can be adapted' },
  },
};

const list = (items: string[], lang: Language, word: { 'zh-CN': string; en: string } = { 'zh-CN': '或', en: 'or' }) =>
  items.length <= 1 ? (items[0] ?? '') : lang === 'en' ? `${items.slice(0, -1).join(', ')} ${word.en} ${items.at(-1)}` : `${items.slice(0, -1).join('、')}${word['zh-CN']}${items.at(-1)}`;

function grades(gs: number[], lang: Language): string {
  return lang === 'en' ? `grade ${list(gs.map(String), lang)}` : list(gs.map((g) => GRADE_ZH[g]!), lang);
}

export function cardText(card: Card, lang: Language): string {
  return lang === 'en' ? `grade ${card.grade} ${CATEGORY[card.category]!.en} disability` : `${GRADE_ZH[card.grade]}${CATEGORY[card.category]!['zh-CN']}残疾`;
}

function matchText(m: CardMatch, lang: Language): string {
  const en = lang === 'en';
  const cats = m.categories ? `${en ? list(m.categories.map((c) => CATEGORY[c]!.en), lang) : m.categories.map((c) => CATEGORY[c]!['zh-CN']).join('、')}${en ? ' disability' : '残疾'}` : '';
  if (!m.grades) return cats || (en ? 'any card holder' : '持残疾人证的人');
  const gs = en ? grades(m.grades, lang) : m.grades.map((g) => GRADE_ZH[g]!).join('、');
  return en ? `${gs}${cats ? ` ${cats}` : ''}` : `${gs}${cats}`;
}

/** 一级、二级，或三级智力、精神残疾 / grade 1 or 2, or grade 3 intellectual or mental disability */
const need = (matches: CardMatch[] | undefined, lang: Language) => (matches ?? [{}]).map((m) => matchText(m, lang)).join(lang === 'en' ? ', or ' : '，或');

export function amountText(a: Pick<AmountFound, 'yuan' | 'per' | 'upTo'>, lang: Language): string {
  const yuan = a.yuan.toLocaleString('en');
  if (lang === 'en') return `${a.upTo ? 'up to ' : ''}${yuan} yuan ${{ month: 'a month', year: 'a year', once: 'once' }[a.per]}`;
  const per = { month: '每月', year: '每年', once: '一次性' }[a.per];
  return `${per}${a.upTo ? '最多' : ''}${yuan}元`;
}

/** The amount this person would get, or the benefit's range when the facts do not pick one. */
export function amountOf(assessment: Pick<Assessment, 'amount' | 'range'>, lang: Language): string {
  if (assessment.amount) return amountText(assessment.amount, lang);
  const { min, max, per, upTo } = assessment.range;
  if (min === max) return amountText({ yuan: min, per, upTo }, lang);
  return lang === 'en' ? `${amountText({ yuan: min, per, upTo }, lang).replace(' yuan', '')}–${amountText({ yuan: max, per, upTo }, lang).replace(/^up to /, '')}` : `${amountText({ yuan: min, per, upTo }, lang)}至${max.toLocaleString('en')}元`;
}

/** One reason as a sentence about `benefit` (its name in `lang`); `names` gives other benefits' names. */
export function explain(r: Reason, benefit: string, lang: Language, names: (id: string) => string = (id) => id): string {
  const en = lang === 'en';
  switch (r.code) {
    case 'card.met':
      return en ? `Your card (${cardText(r.card!, lang)}) qualifies.` : `您的残疾人证（${cardText(r.card!, lang)}）符合条件。`;
    case 'card.diagnosis':
      return en ? 'Without a card, a hospital diagnosis is accepted instead.' : '没有残疾人证，可以用医院的诊断证明代替。';
    case 'card.notMet':
      return en ? `The ${benefit} is for ${need(r.need, lang)}; your card is ${cardText(r.card, lang)}.` : `${benefit}是给${need(r.need, lang)}的；您的残疾人证是${cardText(r.card, lang)}。`;
    case 'card.none':
      return r.diagnosisInstead
        ? en ? `The ${benefit} needs a disability certificate or a hospital diagnosis.` : `${benefit}需要残疾人证或医院的诊断证明。`
        : en ? `The ${benefit} needs a disability certificate; you can apply for one first.` : `${benefit}需要残疾人证；您可以先申请残疾人证。`;
    case 'card.unknown':
      return en
        ? `The ${benefit} is for ${need(r.need, lang)}${r.diagnosisInstead ? ' (or a hospital diagnosis)' : ''}: we need to see the card's category and grade.`
        : `${benefit}是给${need(r.need, lang)}的${r.diagnosisInstead ? '（或有医院诊断证明）' : ''}，需要核对残疾类别和等级。`;
    case 'age.met':
    case 'age.notMet':
    case 'age.unknown': {
      const range = en
        ? r.min !== undefined && r.max !== undefined ? `aged ${r.min} to ${r.max}` : r.min !== undefined ? `aged ${r.min} or over` : `aged up to ${r.max}`
        : r.min !== undefined && r.max !== undefined ? `${r.min}至${r.max}岁` : r.min !== undefined ? `${r.min}岁及以上` : `${r.max}岁及以下`;
      if (r.code === 'age.met') return en ? `The ${benefit} is for people ${range}; you are ${r.age}.` : `${benefit}适用于${range}的人，您${r.age}岁，符合。`;
      if (r.code === 'age.notMet') return en ? `The ${benefit} is for people ${range}; you are ${r.age}.` : `${benefit}只适用于${range}的人；您${r.age}岁。`;
      return en ? `The ${benefit} is for people ${range}.` : `${benefit}只适用于${range}的人。`;
    }
    case 'household.met':
      return en ? `Your household is ${HOUSEHOLD[r.household!].en}.` : `您家是${HOUSEHOLD[r.household!]['zh-CN']}家庭，符合。`;
    case 'household.notMet':
      return en
        ? `The ${benefit} is for households ${list(r.need.map((h) => HOUSEHOLD[h].en), lang)}; yours is ${HOUSEHOLD[r.household!].en}.`
        : `${benefit}是给${list(r.need.map((h) => HOUSEHOLD[h]['zh-CN']), lang)}家庭的；您家${r.household === 'none' ? HOUSEHOLD.none['zh-CN'] : `是${HOUSEHOLD[r.household!]['zh-CN']}家庭`}。`;
    case 'household.unknown':
      return en
        ? `The ${benefit} is for households ${list(r.need.map((h) => HOUSEHOLD[h].en), lang)}: with your consent we ask the civil affairs register for you.`
        : `${benefit}是给${list(r.need.map((h) => HOUSEHOLD[h]['zh-CN']), lang)}家庭的，经您同意，我们会向民政部门替您核实。`;
    case 'hukou.met':
      return en ? 'The hukou is in this district.' : '户籍在本区县，符合。';
    case 'hukou.notMet':
      return en ? `The ${benefit} is for people whose hukou is in this district.` : `${benefit}只给户籍在本区县的人；请向户籍所在地申请。`;
    case 'hukou.unknown':
      return en ? `The ${benefit} is for people whose hukou is in this district: with your consent we check it with the police register.` : `${benefit}只给户籍在本区县的人，经您同意，我们会向公安部门替您核实。`;
    case 'fact.met':
      return en ? `You have ${FACT[r.fact].need.en}.` : `您${FACT[r.fact].need['zh-CN']}，符合。`;
    case 'fact.notMet':
      return en ? `The ${benefit} needs ${FACT[r.fact].need.en}.` : `${benefit}要求${FACT[r.fact].need['zh-CN']}。`;
    case 'fact.unknown':
      return en ? `The ${benefit} needs ${FACT[r.fact].need.en}: ${FACT[r.fact].unknown.en}.` : `${benefit}要求${FACT[r.fact].need['zh-CN']}：${FACT[r.fact].unknown['zh-CN']}。`;
    case 'excluded':
      return en
        ? `People who receive ${list(r.by.map((b) => `the ${EXCLUSION[b].en}`), lang)} cannot also get the ${benefit} (national rule).`
        : `享受${list(r.by.map((b) => EXCLUSION[b]['zh-CN']), lang)}的人不能再领取${benefit}（国家规定）。`;
    case 'excluded.maybe':
      return en
        ? `If you receive ${list(r.by.map((b) => `the ${EXCLUSION[b].en}`), lang)}, the ${benefit} is not paid: this is checked when you apply.`
        : `如果您享受${list(r.by.map((b) => EXCLUSION[b]['zh-CN']), lang)}，就不能领取${benefit}；申请时会核实。`;
    case 'notTogether':
      return en ? `The ${benefit} is not given together with the ${list(r.others.map(names), lang)}, which you already receive or applied for.` : `${benefit}不能和${list(r.others.map(names), lang)}同时享受，您已在领取或申请。`;
    case 'notTogether.maybe':
      return en ? `The ${benefit} is not given together with the ${list(r.others.map(names), lang)}.` : `${benefit}不能和${list(r.others.map(names), lang)}同时享受。`;
    case 'higherOf.keep':
      return en
        ? `You receive the ${ALLOWANCE[r.allowance].en} of ${r.theirs} yuan a month, more than the ${benefit} of ${r.ours} yuan. Only one of the two is paid (择高, the higher one), so you keep yours.`
        : `您领取的${ALLOWANCE[r.allowance]['zh-CN']}每月${r.theirs}元，比${benefit}的${r.ours}元高。两者只能领一项（择高），所以保留您现在领的这一项。`;
    case 'higherOf.switch':
      return en
        ? `You receive the ${ALLOWANCE[r.allowance].en} of ${r.theirs} yuan a month, less than the ${benefit} of ${r.ours} yuan. Only one of the two is paid (择高): you may choose the ${benefit} instead; nothing is switched without your choice.`
        : `您领取的${ALLOWANCE[r.allowance]['zh-CN']}每月${r.theirs}元，比${benefit}的${r.ours}元低。两者只能领一项（择高），您可以改领${benefit}；不经您选择，不会自动转换。`;
    case 'higherOf.unknownAmount':
      return en
        ? `The ${benefit} is not paid together with the ${list(r.allowances.map((a) => ALLOWANCE[a].en), lang, { 'zh-CN': '和', en: 'and' })}: the higher one is kept (择高), so the amounts need to be compared.`
        : `${benefit}不能和${list(r.allowances.map((a) => ALLOWANCE[a]['zh-CN']), lang, { 'zh-CN': '和', en: 'and' })}同时领取，只能领较高的一项（择高），需要比较金额。`;
    case 'higherOf.maybe':
      return en
        ? `If you receive the ${list(r.allowances.map((a) => ALLOWANCE[a].en), lang)}, only the higher of the two is paid (择高).`
        : `如果您在领取${list(r.allowances.map((a) => ALLOWANCE[a]['zh-CN']), lang)}，两者只能领较高的一项（择高）。`;
  }
}

/** Each review stage as short words (SMS parameters stay short; the organisation's full name is on the website). */
export const STAGE_NAMES: Record<Stage, Words> = {
  township: { 'zh-CN': '街道（乡镇）', en: 'township office' },
  federation: { 'zh-CN': '残联', en: 'disabled persons’ federation' },
  civilAffairs: { 'zh-CN': '民政部门', en: 'civil affairs' },
};

/** A benefit's name as a sentence says it: 护理补贴, care subsidy. */
export const nameOf = (v: Pick<BenefitVersion, 'shortName'>, lang: Language) => v.shortName[lang];
