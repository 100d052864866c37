/**
 * The decision on a certificate matter: the card it issues, renews, reissues or cancels, written in the
 * same transaction as the decision (with the person's newest-card pointer and, after a cancellation, the
 * block on applying again). Only the winning decision on a version writes its cards.
 */
import type { Outcome, Transition, TransitionContext } from '../matters/matter-type.js';
import type { WritePart } from '../matters/ports.js';
import { certificateNumber, maskCertificateNumber, reissuedNumber } from '../domain/certificate-number.js';
import { addMonths, lastDayAfterYears } from '../domain/time.js';
import { NotFoundError, ValidationError } from '../shared/errors.js';
import type { Application } from './application.js';
import type { Certificate, CertificateStore, PeopleStore } from './certificate.js';
import type { ApplicationStatus } from './statuses.js';

export interface ApprovalDeps {
  certificates: Pick<CertificateStore, 'get' | 'issued'>;
  people: Pick<PeopleStore, 'newestCertificate' | 'blockReapplying'>;
}

type Ctx = TransitionContext<Application, ApprovalDeps>;

const refuse = (code: string): never => {
  throw new ValidationError([{ field: 'action', code }]);
};

/** The cards written, and the person's newest card: a replaced card comes with its valid successor. */
function cardWrites(deps: ApprovalDeps, certificates: Certificate[]): WritePart[] {
  const newest = certificates.find((c) => c.status === 'valid') ?? certificates[0]!;
  return [...deps.certificates.issued(certificates), deps.people.newestCertificate(newest)];
}

function newCertificate(application: Application, number: string, today: string, validUntil: string, at: string): Certificate {
  const result = application.assessmentResult!;
  return {
    number,
    holderUserId: application.ownerId,
    personName: application.answers.personName ?? '',
    idNumber: application.answers.personIdNumber ?? '',
    category: result.category!,
    grade: result.grade!,
    components: result.components,
    districtCode: application.districtCode!,
    issuedOn: today,
    validUntil,
    status: 'valid',
    applicationId: application.id,
    answers: application.answers,
    updatedAt: at,
  };
}

/** The card the matter is about; another matter on it may have been decided first (a cancellation during a reissue). */
async function currentCard({ matter, deps }: Ctx, mustBeValid: boolean): Promise<Certificate> {
  const current = matter.certificateNumber ? await deps.certificates.get(matter.certificateNumber) : undefined;
  if (!current) throw new NotFoundError();
  if (mustBeValid && current.status !== 'valid') refuse('error.certificate.notValid');
  return current;
}

function issued(ctx: Ctx, number: string, card: Certificate, replaced?: Certificate): Outcome<Application> {
  const certificates = [card, ...(replaced && replaced.number !== number ? [{ ...replaced, status: 'replaced' as const, replacedBy: number, updatedAt: ctx.at }] : [])];
  return {
    set: { decision: { outcome: 'approved', at: ctx.at, certificateNumber: number, validUntil: card.validUntil } },
    params: { certificateNumberMasked: maskCertificateNumber(number), validUntil: card.validUntil },
    writes: cardWrites(ctx.deps, certificates),
  };
}

/** 新办 and 变更: a card from the assessment; a change replaces the old number when the grade changed. */
async function cardFromAssessment(ctx: Ctx): Promise<Outcome<Application>> {
  const { matter, today, at, rules } = ctx;
  const result = matter.assessmentResult;
  if (!result?.meetsStandard || !result.category || !result.grade) return refuse('error.assessment.missing');
  const replaced = matter.matter === 'change' ? await currentCard(ctx, false) : undefined;
  const number = certificateNumber(matter.answers.personIdNumber!, result.category, result.grade);
  return issued(ctx, number, newCertificate(matter, number, today, lastDayAfterYears(today, rules.certificateValidityYears), at), replaced);
}

/** Renewal at expiry (a new validity), a damaged card (the same validity), a lost card (a B-number). */
async function renewedCard(ctx: Ctx): Promise<Outcome<Application>> {
  const { matter, today, at, rules } = ctx;
  const current = await currentCard(ctx, true);
  const base = { ...current, issuedOn: today, applicationId: matter.id, answers: { ...current.answers, ...matter.answers }, updatedAt: at };
  if (matter.matter === 'renewal') return issued(ctx, current.number, { ...base, validUntil: lastDayAfterYears(today, rules.certificateValidityYears) });
  if (matter.matter === 'reissue') return issued(ctx, reissuedNumber(current.number), { ...base, number: reissuedNumber(current.number) }, current);
  return issued(ctx, current.number, base);
}

/** 注销: the card is cancelled; no new application before the district's waiting time, except after a death. */
async function cancelledCard(ctx: Ctx): Promise<Outcome<Application>> {
  const { matter, today, at, rules, deps } = ctx;
  const current = await currentCard(ctx, true);
  const reason = matter.matterReason === 'lost' || !matter.matterReason ? 'voluntary' : matter.matterReason;
  const until = addMonths(today, rules.reapplyAfterCancellationMonths);
  const cancelled: Certificate = { ...current, status: 'cancelled', cancellation: { reason, on: today }, updatedAt: at };
  return {
    set: { decision: { outcome: 'approved', at } },
    params: { reapplyFrom: until },
    writes: [...cardWrites(deps, [cancelled]), ...(reason === 'death' ? [] : [deps.people.blockReapplying(current.idNumber, until)])],
  };
}

export function approve(from: ApplicationStatus[], to: ApplicationStatus, kind: 'assessed' | 'renewed' | 'cancelled'): Transition<Application, ApprovalDeps> {
  const effect = { assessed: cardFromAssessment, renewed: renewedCard, cancelled: cancelledCard }[kind];
  return { from, to, by: 'staff', event: 'approve', effect };
}
