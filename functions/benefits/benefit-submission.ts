/**
 * Sending a benefit application: everything it needs listed at once, the engine's answer on the
 * server (a refusal explained, never bare), one open application per benefit and person, and then
 * either the first review stage or — when a register asked with consent has not answered — waiting for
 * the register, which is retried and never refuses anyone.
 */
import type { TransitionContext, Transition } from '../matters/matter-type.js';
import type { CounterStore } from '../matters/ports.js';
import { referenceNumber } from '../matters/reference-number.js';
import { startClock } from '../matters/deadlines.js';
import type { DocumentFiles } from '../documents/document-files.js';
import { documentKey } from '../documents/document-files.js';
import type { DocumentStore } from '../documents/document-record.js';
import type { CertificateStore } from '../certificates/certificate.js';
import { ExplainedRefusalError, IncompleteApplicationError, ValidationError, type FieldError } from '../shared/errors.js';
import type { BenefitVersion, Register } from './catalogue-schema.js';
import type { BenefitMatter, LookupRecord } from './benefit-matter.js';
import { assess, type Assessment } from './eligibility.js';
import { explain, nameOf } from './explain.js';
import { materialsFor, toUpload } from './benefit-materials.js';
import { personFacts } from './person-facts.js';
import { rulesOf, stageAfter, stageClock, statusOfStage, totalWorkingDays } from './benefit-version.js';
import { catalogue } from './catalogue.js';
import type { BenefitHoldings } from './ports.js';

export interface BenefitDeps {
  documents: Pick<DocumentStore, 'list'>;
  files: Pick<DocumentFiles, 'keep'>;
  counters: CounterStore;
  certificates: Pick<CertificateStore, 'get'>;
  benefitHoldings: BenefitHoldings;
}

export type Ctx = TransitionContext<BenefitMatter, BenefitDeps>;
type T = Transition<BenefitMatter, BenefitDeps>;

/** The matter's lookups with the fresh ones the use-case passed in (already asked and audited). */
export const mergedLookups = (matter: BenefitMatter, input: Record<string, unknown>) => ({ ...matter.lookups, ...((input.lookups as Partial<Record<Register, LookupRecord>>) ?? {}) });

/** The engine on what the matter knows now. */
export async function assessMatter(ctx: Pick<Ctx, 'matter' | 'deps' | 'today'>, v: BenefitVersion, lookups: BenefitMatter['lookups'], holding?: string[]): Promise<Assessment> {
  const { matter, deps, today } = ctx;
  const certificate = matter.certificateNumber ? ((await deps.certificates.get(matter.certificateNumber)) ?? null) : null;
  return assess(v, personFacts({ certificate, answers: matter.answers, ...(lookups ? { lookups } : {}), districtCode: matter.districtCode, today, ...(holding ? { holding } : {}) }));
}

/** Every answer, the bank account and every document still missing, listed at once. */
async function missing(ctx: Ctx, v: BenefitVersion, lookups: BenefitMatter['lookups']): Promise<FieldError[]> {
  const { matter, deps } = ctx;
  const a = matter.answers;
  const e = v.eligibility;
  const problems: FieldError[] = [];
  const need = (ok: boolean, field: string, code = 'error.required') => !ok && problems.push({ field: `answers.${field}`, code });
  need(!!a.personName, 'personName');
  need(!!a.personIdNumber, 'personIdNumber');
  if (v.guardianApplies || a.actingAs === 'guardian') {
    need(a.actingAs === 'guardian', 'actingAs', 'error.benefit.guardianApplies');
    need(!!a.agentName, 'agentName');
  }
  if (v.institutions) need(v.institutions.some((i) => i.id === a.institutionId), 'institutionId', 'error.choose');
  for (const fact of e.facts ?? []) need(typeof a.facts?.[fact] === 'boolean', `facts.${fact}`, 'error.choose');
  if (e.card?.diagnosisInstead && !matter.certificateNumber) need(typeof a.hasDiagnosis === 'boolean', 'hasDiagnosis', 'error.choose');
  if (e.household && !a.consents?.civilAffairs) need(!!a.household, 'household', 'error.choose');
  const overlaps = [...(e.excludedBy ?? []), ...(e.higherOf ?? [])].some((x) => x !== 'tekun');
  if (overlaps && !a.consents?.allowances) need(Array.isArray(a.allowances), 'allowances', 'error.choose');
  need(a.declaration === true, 'declaration', 'error.consent');
  if (v.paidTo === 'applicant' && !matter.bankAccount) problems.push({ field: 'bankAccount', code: 'error.required' });
  const documents = await deps.documents.list(matter.id);
  const kinds = toUpload(materialsFor(v, { hasCard: !!matter.certificateNumber, ...(lookups ? { lookups } : {}), consents: a.consents ?? {} })).map((m) => m.kind);
  for (const kind of kinds) if (!documents.some((d) => d.kind === kind && d.status === 'received')) problems.push({ field: `documents.${kind}`, code: 'error.document.missing' });
  return problems;
}

const stillWaiting = (lookups: BenefitMatter['lookups']) => Object.values(lookups ?? {}).some((l) => l.outcome === 'noAnswer');

/** A refusal in the engine's own words, in the caller's language. */
export function notEntitled(v: BenefitVersion, assessment: Assessment): ExplainedRefusalError {
  const names = (lang: 'zh-CN' | 'en') => (id: string) => catalogue.find((c) => c.id === id)?.shortName[lang] ?? id;
  return new ExplainedRefusalError('benefitId', (lang) => assessment.reasons.map((r) => explain(r, nameOf(v, lang), lang, names(lang))));
}

const benefitParams = (v: BenefitVersion) => ({ benefitZh: v.shortName['zh-CN'], benefitEn: v.shortName.en });

export const submit: T = {
  from: ['draft'],
  to: 'township_review',
  by: 'applicant',
  event: 'benefitSubmitted',
  async effect(ctx) {
    const { matter, deps, today, at } = ctx;
    const v = rulesOf(matter, today);
    const lookups = mergedLookups(matter, ctx.input);
    const problems = await missing(ctx, v, lookups);
    if (!matter.answers.personIdNumber) throw new IncompleteApplicationError(problems);
    const idNumber = matter.answers.personIdNumber;
    const held = await deps.benefitHoldings.heldBy(idNumber);
    if (held.some((h) => h.benefitId === matter.benefitId && h.matterId !== matter.id)) throw new ValidationError([{ field: 'benefitId', code: 'error.benefit.alreadyOpen' }]);
    // Not entitled comes first: asking for more papers would be pointless.
    const assessment = await assessMatter(ctx, v, lookups, held.filter((h) => h.matterId !== matter.id).map((h) => h.benefitId));
    if (assessment.outcome === 'notLikely') throw notEntitled(v, assessment);
    if (problems.length) throw new IncompleteApplicationError(problems);

    const documents = await deps.documents.list(matter.id);
    await Promise.all(documents.filter((d) => d.status === 'received').map((d) => deps.files.keep(documentKey(matter.id, d.id))));
    const year = today.slice(0, 4);
    const reference = referenceNumber(year, await deps.counters.next(`REFERENCE#${year}`));
    const clock = startClock({ promised: totalWorkingDays(v), statutory: totalWorkingDays(v) }, today);
    const waiting = stillWaiting(lookups);
    const first = stageAfter(v, undefined)!;
    const stage = waiting ? undefined : stageClock(v, first, today);
    return {
      ...(waiting ? { to: 'awaiting_registers' as const, event: 'benefitAwaitingRegisters' as const } : { to: statusOfStage(first) }),
      set: { reference, submittedAt: at, rulesFrom: v.validFrom, lookups, eligibility: assessment, clock, queueDate: stage?.due ?? clock.promisedDue, ...(stage ? { stage } : {}) },
      params: { reference, promisedDue: clock.promisedDue, ...benefitParams(v) },
      writes: [deps.benefitHoldings.claim(idNumber, matter.benefitId, matter.id)],
    };
  },
};

/** The registers answered after all: on to the first stage, with what they said for the reviewers. */
export const registersAnswered: T = {
  from: ['awaiting_registers'],
  to: 'township_review',
  by: 'system',
  event: 'registersAnswered',
  async effect(ctx) {
    const { matter, today } = ctx;
    const v = rulesOf(matter, today);
    const lookups = mergedLookups(matter, ctx.input);
    if (stillWaiting(lookups)) throw new ValidationError([{ field: 'lookups', code: 'error.benefit.registerWaiting' }]);
    const first = stageAfter(v, undefined)!;
    const stage = stageClock(v, first, today);
    const eligibility = await assessMatter(ctx, v, lookups);
    return { to: statusOfStage(first), set: { lookups, stage, eligibility, queueDate: stage.due }, params: { reference: matter.reference ?? '', ...benefitParams(v) } };
  },
};

export { benefitParams };
