/**
 * The rule engine: one pure function from what is known about a person to, for one benefit version,
 * likely / not likely / need to check, with every reason. The public check, the application's
 * submission, the reviewers' pages and 政策找人 all decide with it. Anything not known is `undefined`:
 * a requirement that cannot be checked makes "need to check"; an exclusion that cannot be checked is
 * a note, because the registers confirm it when the person applies.
 */
import type { Allowance, BenefitVersion, CardMatch, Exclusion, Fact, HouseholdStatus } from './catalogue-schema.js';

export interface Card {
  category: number;
  grade: number;
  /** Each category of a multiple disability (category 7) with its own grade. */
  components?: { category: number; grade: number }[];
}

export interface PersonFacts {
  /** A valid card; null when the person has none; undefined when not known. */
  card?: Card | null;
  /** A hospital diagnosis, where it may stand in for a card. */
  hasDiagnosis?: boolean;
  age?: number;
  household?: HouseholdStatus;
  hukouInDistrict?: boolean;
  /** Allowances from other programmes the person receives; [] for none. */
  allowances?: { kind: Allowance; monthlyYuan?: number }[];
  facts?: Partial<Record<Fact, boolean>>;
  /** Catalogue benefits the person receives or has applied for. */
  holding?: string[];
}

export type Outcome = 'likely' | 'notLikely' | 'check';

export type Reason =
  | { code: 'card.met' | 'card.diagnosis'; card?: Card }
  | { code: 'card.notMet'; card: Card; need: CardMatch[] }
  | { code: 'card.none'; diagnosisInstead: boolean }
  | { code: 'card.unknown'; need: CardMatch[] | undefined; diagnosisInstead: boolean }
  | { code: 'age.met' | 'age.notMet' | 'age.unknown'; min?: number; max?: number; age?: number }
  | { code: 'household.met' | 'household.notMet' | 'household.unknown'; need: HouseholdStatus[]; household?: HouseholdStatus }
  | { code: 'hukou.met' | 'hukou.notMet' | 'hukou.unknown' }
  | { code: 'fact.met' | 'fact.notMet' | 'fact.unknown'; fact: Fact }
  | { code: 'excluded' | 'excluded.maybe'; by: Exclusion[] }
  | { code: 'notTogether' | 'notTogether.maybe'; others: string[] }
  | { code: 'higherOf.keep' | 'higherOf.switch'; allowance: Allowance; theirs: number; ours: number }
  | { code: 'higherOf.unknownAmount' | 'higherOf.maybe'; allowances: Allowance[]; ours?: number };

export interface AmountFound {
  yuan: number;
  per: BenefitVersion['amount']['per'];
  upTo: boolean;
}

export interface Assessment {
  benefitId: string;
  validFrom: string;
  outcome: Outcome;
  /** Why, in order: what decides first. */
  reasons: Reason[];
  /** What may still change the answer (an overlap the registers will confirm). */
  notes: Reason[];
  /** This person's amount, when the facts pick a tier. */
  amount?: AmountFound;
  /** The lowest and highest amount of the benefit, for when they do not. */
  range: { min: number; max: number; per: BenefitVersion['amount']['per']; upTo: boolean };
}

type Check = 'met' | 'notMet' | 'unknown';

/** Does the card match: its own category and grade, or one component of a multiple disability. */
export function cardMatches(card: Card, match: CardMatch): Check {
  const fits = (category: number, grade: number) => (!match.categories || match.categories.includes(category)) && (!match.grades || match.grades.includes(grade));
  if (fits(card.category, card.grade)) return 'met';
  if (card.category !== 7 || !match.categories) return 'notMet';
  if (!card.components) return 'unknown';
  return card.components.some((c) => fits(c.category, c.grade)) ? 'met' : 'notMet';
}

function anyOf(card: Card, matches: CardMatch[] | undefined): Check {
  const results = (matches ?? [{}]).map((m) => cardMatches(card, m));
  return results.includes('met') ? 'met' : results.includes('unknown') ? 'unknown' : 'notMet';
}

function cardCheck(rule: BenefitVersion['eligibility']['card'], p: PersonFacts): [Check, Reason] | undefined {
  if (!rule) return undefined;
  const diagnosisInstead = rule.diagnosisInstead === true;
  if (p.card) {
    const check = anyOf(p.card, rule.anyOf);
    if (check === 'met') return ['met', { code: 'card.met', card: p.card }];
    if (check === 'unknown') return ['unknown', { code: 'card.unknown', need: rule.anyOf, diagnosisInstead }];
    return ['notMet', { code: 'card.notMet', card: p.card, need: rule.anyOf ?? [] }];
  }
  if (p.card === undefined) return ['unknown', { code: 'card.unknown', need: rule.anyOf, diagnosisInstead }];
  if (!diagnosisInstead || p.hasDiagnosis === false) return ['notMet', { code: 'card.none', diagnosisInstead }];
  if (p.hasDiagnosis) return ['met', { code: 'card.diagnosis' }];
  return ['unknown', { code: 'card.unknown', need: rule.anyOf, diagnosisInstead }];
}

function requirements(v: BenefitVersion, p: PersonFacts): [Check, Reason][] {
  const e = v.eligibility;
  const checks: ([Check, Reason] | undefined)[] = [cardCheck(e.card, p)];
  if (e.age) {
    const { min, max } = e.age;
    const range = { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
    if (p.age === undefined) checks.push(['unknown', { code: 'age.unknown', ...range }]);
    else {
      const within = (min === undefined || p.age >= min) && (max === undefined || p.age <= max);
      checks.push([within ? 'met' : 'notMet', { code: within ? 'age.met' : 'age.notMet', ...range, age: p.age }]);
    }
  }
  if (e.household) {
    const need = e.household;
    if (p.household === undefined) checks.push(['unknown', { code: 'household.unknown', need }]);
    else checks.push(need.includes(p.household) ? ['met', { code: 'household.met', need, household: p.household }] : ['notMet', { code: 'household.notMet', need, household: p.household }]);
  }
  if (e.hukouInDistrict) {
    checks.push(p.hukouInDistrict === undefined ? ['unknown', { code: 'hukou.unknown' }] : p.hukouInDistrict ? ['met', { code: 'hukou.met' }] : ['notMet', { code: 'hukou.notMet' }]);
  }
  for (const fact of e.facts ?? []) {
    const known = p.facts?.[fact];
    checks.push(known === undefined ? ['unknown', { code: 'fact.unknown', fact }] : known ? ['met', { code: 'fact.met', fact }] : ['notMet', { code: 'fact.notMet', fact }]);
  }
  return checks.filter((c): c is [Check, Reason] => c !== undefined);
}

/** The exclusions the person is known to have; undefined when some cannot be known. */
function exclusionsOf(v: BenefitVersion, p: PersonFacts): { found: Exclusion[]; unknown: Exclusion[] } {
  const found: Exclusion[] = [];
  const unknown: Exclusion[] = [];
  for (const by of v.eligibility.excludedBy ?? []) {
    if (by === 'tekun') {
      if (p.household === 'tekun') found.push(by);
      else if (p.household === undefined) unknown.push(by);
    } else if (p.allowances === undefined) unknown.push(by);
    else if (p.allowances.some((a) => a.kind === by)) found.push(by);
  }
  return { found, unknown };
}

/** This person's tier: the first whose conditions hold; undefined when a condition before it cannot be told. */
export function amountFor(v: BenefitVersion, p: Pick<PersonFacts, 'card' | 'household'>): AmountFound | undefined {
  for (const tier of v.amount.tiers) {
    const byCard = tier.when ? (p.card ? cardMatches(p.card, tier.when) : 'unknown') : 'met';
    const byHousehold = tier.household ? (p.household === undefined ? 'unknown' : tier.household.includes(p.household) ? 'met' : 'notMet') : 'met';
    if (byCard === 'unknown' || byHousehold === 'unknown') return undefined;
    if (byCard === 'met' && byHousehold === 'met') return { yuan: tier.yuan, per: v.amount.per, upTo: v.amount.upTo === true };
  }
  return undefined;
}

/** 择高 against what the person already receives. */
function higherOf(v: BenefitVersion, p: PersonFacts, ours: number | undefined): { decides?: Reason; unknown?: Reason; note?: Reason } {
  const kinds = v.eligibility.higherOf;
  if (!kinds) return {};
  if (p.allowances === undefined) return { note: { code: 'higherOf.maybe', allowances: kinds, ...(ours !== undefined ? { ours } : {}) } };
  const received = p.allowances.filter((a) => (kinds as string[]).includes(a.kind));
  if (received.length === 0) return {};
  const unknownAmount = received.filter((a) => a.monthlyYuan === undefined);
  if (ours === undefined || unknownAmount.length) return { unknown: { code: 'higherOf.unknownAmount', allowances: received.map((a) => a.kind), ...(ours !== undefined ? { ours } : {}) } };
  const highest = received.reduce((a, b) => (b.monthlyYuan! > a.monthlyYuan! ? b : a));
  const reason = { allowance: highest.kind, theirs: highest.monthlyYuan!, ours };
  return highest.monthlyYuan! >= ours ? { decides: { code: 'higherOf.keep', ...reason } } : { note: { code: 'higherOf.switch', ...reason } };
}

export function assess(v: BenefitVersion, p: PersonFacts): Assessment {
  const yuans = v.amount.tiers.map((t) => t.yuan);
  const amount = amountFor(v, p);
  const base = {
    benefitId: v.id,
    validFrom: v.validFrom,
    ...(amount ? { amount } : {}),
    range: { min: Math.min(...yuans), max: Math.max(...yuans), per: v.amount.per, upTo: v.amount.upTo === true },
  };
  const done = (outcome: Outcome, reasons: Reason[], notes: Reason[] = []): Assessment => ({ ...base, outcome, reasons, notes });

  const exclusions = exclusionsOf(v, p);
  if (exclusions.found.length) return done('notLikely', [{ code: 'excluded', by: exclusions.found }]);
  const others = v.eligibility.notTogetherWith ?? [];
  const held = others.filter((o) => p.holding?.includes(o));
  if (held.length) return done('notLikely', [{ code: 'notTogether', others: held }]);

  const checks = requirements(v, p);
  const failed = checks.filter(([c]) => c === 'notMet').map(([, r]) => r);
  if (failed.length) return done('notLikely', failed);

  const overlap = higherOf(v, p, amount && v.amount.per === 'month' ? amount.yuan : undefined);
  if (overlap.decides) return done('notLikely', [overlap.decides]);

  const notes: Reason[] = [
    ...(exclusions.unknown.length ? [{ code: 'excluded.maybe', by: exclusions.unknown } as Reason] : []),
    ...(others.length && p.holding === undefined ? [{ code: 'notTogether.maybe', others } as Reason] : []),
    ...(overlap.note ? [overlap.note] : []),
  ];
  const unknown = [...checks.filter(([c]) => c === 'unknown').map(([, r]) => r), ...(overlap.unknown ? [overlap.unknown] : [])];
  if (unknown.length) return done('check', unknown, notes);
  return done('likely', checks.map(([, r]) => r), notes);
}

/** Every benefit offered, assessed for one person. */
export function assessAll(versions: readonly BenefitVersion[], p: PersonFacts): Assessment[] {
  return versions.map((v) => assess(v, p));
}
