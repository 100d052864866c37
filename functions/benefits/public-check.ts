/**
 * "What can I get?": anyone, signed in or not, answers a few questions and sees, for every benefit
 * their district offers, likely / not likely / need to check, why in plain words, how much, and what
 * to prepare. The same engine that decides applications on the server.
 */
import { ValidationError } from '../shared/errors.js';
import { findDistrict } from '../districts/district-config.js';
import type { Language } from '../shared/i18n.js';
import { benefitsOffered } from './catalogue.js';
import type { Register } from './catalogue-schema.js';
import { assess } from './eligibility.js';
import type { PersonFacts } from './eligibility.js';
import { materialsFor, type MaterialNeed } from './benefit-materials.js';
import { benefitSummary, explained, type ExplainedAssessment } from './benefit-view.js';
import type { CheckBody } from './schemas.js';

export interface CheckResult extends ExplainedAssessment {
  benefit: ReturnType<typeof benefitSummary>;
  materials: MaterialNeed[];
  /** The registers the portal asks, with consent, instead of asking for paper. */
  registers: Register[];
}

export function factsFromAnswers(body: CheckBody): PersonFacts {
  return {
    card: body.hasCard ? { category: body.category!, grade: body.grade! } : null,
    age: body.age,
    ...(body.household !== 'unknown' ? { household: body.household } : {}),
    ...(body.allowances ? { allowances: body.allowances } : {}),
    ...(body.hasDiagnosis !== undefined ? { hasDiagnosis: body.hasDiagnosis } : {}),
    ...(body.facts ? { facts: body.facts } : {}),
    // The check is about the district the person lives in and has the hukou of; applying confirms it.
    hukouInDistrict: true,
  };
}

export function publicCheck(body: CheckBody, today: string, lang: Language): { districtCode: string; date: string; results: CheckResult[] } {
  if (!findDistrict(body.districtCode)) throw new ValidationError([{ field: 'districtCode', code: 'error.choose' }]);
  const person = factsFromAnswers(body);
  const results = benefitsOffered(body.districtCode, today).map((v) => ({
    ...explained(v, assess(v, person), lang),
    benefit: benefitSummary(v),
    materials: materialsFor(v, { hasCard: body.hasCard }),
    registers: v.lookups.map((l) => l.register),
  }));
  return { districtCode: body.districtCode, date: today, results };
}
