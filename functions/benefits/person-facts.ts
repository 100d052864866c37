/**
 * What the engine is told about the person of a matter: the card (from the certificate store), the age
 * (from the ID number), and household, hukou and other allowances from the registers where they
 * answered, otherwise from what the applicant said. Nothing is inferred from the digits of an ID number
 * but the birth date.
 */
import { ageOn, parseIdNumber } from '../domain/id-number.js';
import type { Certificate } from '../certificates/certificate.js';
import type { BenefitAnswers, LookupRecord } from './benefit-matter.js';
import type { Card, PersonFacts } from './eligibility.js';
import type { Register } from './catalogue-schema.js';
import type { RegisterFactsOf } from './registers.js';

export const cardOf = (certificate: Pick<Certificate, 'category' | 'grade' | 'components'>): Card => ({
  category: certificate.category,
  grade: certificate.grade,
  ...(certificate.components?.length ? { components: certificate.components.map((c) => ({ category: c.category, grade: c.grade })) } : {}),
});

export function ageFrom(idNumber: string | undefined, today: string): number | undefined {
  const parsed = idNumber ? parseIdNumber(idNumber) : undefined;
  return parsed?.ok ? ageOn(parsed.facts.birthDate, today) : undefined;
}

/** A register's facts when it answered. */
export function answered<R extends Register>(lookups: Partial<Record<Register, LookupRecord>> | undefined, register: R): RegisterFactsOf<R> | undefined {
  const record = lookups?.[register];
  return record?.outcome === 'answered' ? (record.facts as RegisterFactsOf<R>) : undefined;
}

export interface FactSources {
  /** The person's card: a valid one, null for none (or none that is valid), undefined when not asked. */
  certificate?: Pick<Certificate, 'category' | 'grade' | 'components' | 'status' | 'districtCode'> | null;
  answers: BenefitAnswers;
  lookups?: Partial<Record<Register, LookupRecord>>;
  districtCode: string;
  today: string;
  holding?: string[];
  /**
   * 政策找人 before anyone has asked the police: a card is issued by the federation of the hukou's
   * district (跨省通办 only changes where it is handed in), so its district stands for the hukou.
   */
  hukouFromCard?: boolean;
}

export function personFacts(s: FactSources): PersonFacts {
  const valid = s.certificate && s.certificate.status === 'valid' ? s.certificate : s.certificate === undefined ? undefined : null;
  const civil = answered(s.lookups, 'civilAffairs');
  const hukou = answered(s.lookups, 'hukou');
  const allowances = answered(s.lookups, 'allowances');
  const age = ageFrom(s.answers.personIdNumber, s.today);
  const household = civil?.household ?? s.answers.household;
  const hukouInDistrict = hukou ? hukou.districtCode === s.districtCode : s.hukouFromCard && valid ? valid.districtCode === s.districtCode : undefined;
  const declared = allowances?.allowances ?? s.answers.allowances;
  return {
    card: valid === undefined ? undefined : valid === null ? null : cardOf(valid),
    ...(s.answers.hasDiagnosis !== undefined ? { hasDiagnosis: s.answers.hasDiagnosis } : {}),
    ...(age !== undefined ? { age } : {}),
    ...(household ? { household } : {}),
    ...(hukouInDistrict !== undefined ? { hukouInDistrict } : {}),
    ...(declared ? { allowances: declared } : {}),
    ...(s.answers.facts ? { facts: s.answers.facts } : {}),
    ...(s.holding ? { holding: s.holding } : {}),
  };
}
