/**
 * The eligibility check over 10,000 generated people, in process: the rule engine alone (every benefit
 * of the person's district) and the whole public check (engine, reasons in words, amounts, materials),
 * each next to a floor measured in the same run — the same loop that only generates the people.
 */
import { assessAll } from '../functions/benefits/eligibility.js';
import { benefitsOffered } from '../functions/benefits/catalogue.js';
import { publicCheck } from '../functions/benefits/public-check.js';
import { ALLOWANCES, HOUSEHOLD_STATUSES } from '../functions/benefits/benefit-terms.js';
import type { CheckBody } from '../functions/benefits/schemas.js';
import { factsFromAnswers } from '../functions/benefits/public-check.js';

const DISTRICTS = ['430105', '430103', '330213', '620723'];
const TODAY = '2026-12-02';

/** A small seeded generator (mulberry32): every run and every loop sees the same people. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function person(next: () => number): CheckBody {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const hasCard = next() < 0.85;
  return {
    districtCode: pick(DISTRICTS),
    hasCard,
    ...(hasCard ? { category: 1 + Math.floor(next() * 7), grade: 1 + Math.floor(next() * 4) } : {}),
    age: Math.floor(next() * 100),
    household: pick([...HOUSEHOLD_STATUSES, 'unknown'] as const),
    allowances: next() < 0.2 ? [{ kind: pick(ALLOWANCES), monthlyYuan: Math.floor(next() * 300) }] : [],
  };
}

function timed(people: number, work: (body: CheckBody) => number): { msPerPerson: number; checksum: number } {
  const next = random(12);
  let checksum = 0;
  const t0 = performance.now();
  for (let i = 0; i < people; i++) checksum += work(person(next));
  return { msPerPerson: (performance.now() - t0) / people, checksum };
}

export interface EligibilityFigures {
  people: number;
  floorMsPerPerson: number;
  engineMsPerPerson: number;
  publicCheckMsPerPerson: number;
  likelyPerPerson: number;
}

export function eligibilityBench(people = 10_000): EligibilityFigures {
  // Warm up the catalogue and the JIT before measuring anything.
  timed(500, (b) => publicCheck(b, TODAY, 'zh-CN').results.length);
  const floor = timed(people, (b) => b.age);
  const engine = timed(people, (b) => assessAll(benefitsOffered(b.districtCode, TODAY), factsFromAnswers(b)).filter((a) => a.outcome === 'likely').length);
  const whole = timed(people, (b) => publicCheck(b, TODAY, 'zh-CN').results.length);
  return { people, floorMsPerPerson: floor.msPerPerson, engineMsPerPerson: engine.msPerPerson, publicCheckMsPerPerson: whole.msPerPerson, likelyPerPerson: engine.checksum / people };
}
