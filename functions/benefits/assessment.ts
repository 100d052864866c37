/** What the rule engine reads about a person and what it answers (functions/benefits/eligibility.ts). */
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
