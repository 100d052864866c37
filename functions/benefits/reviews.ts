/**
 * The reviewers' side: each stage's queue in its district by its working-day deadline, one matter in
 * full with ID, phone and bank account masked (every look audited), the bank account shown only on an
 * audited request with its purpose, and the stage's decisions as transitions of the matter.
 */
import type { UserStore, RateCounter } from '../auth/ports.js';
import type { HistoryStore, MatterStore } from '../matters/ports.js';
import type { AuditEntry } from '../matters/matter.js';
import { partsOf, type PartSource } from '../matters/access.js';
import { recordLook } from '../matters/looks.js';
import { daysLeft } from '../matters/deadlines.js';
import { maskIdNumber } from '../domain/id-number.js';
import { shanghaiDate } from '../domain/time.js';
import type { Caller } from '../shared/http/caller.js';
import { NotFoundError, RateLimitedError, ValidationError } from '../shared/errors.js';
import type { Language } from '../shared/i18n.js';
import { STAGES, type Stage } from './catalogue-schema.js';
import { isBenefitMatter, STAGE_PART, STAGE_STATUS, type BenefitMatter } from './benefit-matter.js';
import { benefitView, type BenefitView, type ViewDeps } from './benefit-view.js';
import { rulesOf } from './benefit-version.js';
import type { SecretVault } from './ports.js';

export interface ReviewDeps extends ViewDeps {
  matters: Pick<MatterStore<BenefitMatter>, 'get' | 'listByDistrict'>;
  history: Pick<HistoryStore, 'timeline' | 'audit' | 'recordAudit'>;
  users: Pick<UserStore, 'get'>;
  newId: () => string;
  partSources?: PartSource[];
}

/** The stages the caller reviews (their account roles). */
export const stagesOf = (caller: Caller): Stage[] => STAGES.filter((s) => (caller.roles as string[]).includes(STAGE_PART[s]));

export interface ReviewItem {
  id: string;
  reference?: string;
  benefitId: string;
  benefitName: { 'zh-CN': string; en: string };
  status: BenefitMatter['status'];
  stage?: Stage;
  stageDue?: string;
  daysLeft?: number;
  personName?: string;
  personIdNumberMasked?: string;
  submittedAt?: string;
  channel?: BenefitMatter['channel'];
  version: number;
}

/** Warned this many working days before a stage's deadline. */
const DUE_SOON = 3;

function reviewItem(m: BenefitMatter, today: string): ReviewItem {
  const v = rulesOf(m, today);
  return {
    id: m.id,
    benefitId: m.benefitId,
    benefitName: v.shortName,
    status: m.status,
    version: m.version,
    ...(m.reference ? { reference: m.reference } : {}),
    ...(m.stage && m.status === STAGE_STATUS[m.stage.stage] ? { stage: m.stage.stage, stageDue: m.stage.due, daysLeft: daysLeft(today, m.stage.due) } : {}),
    ...(m.answers.personName ? { personName: m.answers.personName } : {}),
    ...(m.answers.personIdNumber ? { personIdNumberMasked: maskIdNumber(m.answers.personIdNumber) } : {}),
    ...(m.submittedAt ? { submittedAt: m.submittedAt } : {}),
    ...(m.channel ? { channel: m.channel } : {}),
  };
}

/** The caller's stage queues in their district, soonest deadline first. */
export async function reviewQueue(deps: Pick<ReviewDeps, 'matters' | 'now'>, caller: Caller, query: { stage?: Stage; due?: 'overdue' | 'soon' }): Promise<ReviewItem[]> {
  if (!caller.district) return [];
  const mine = stagesOf(caller).filter((s) => !query.stage || s === query.stage);
  // A public notice is civil affairs' to end; corrections are with the township until resent.
  const statuses = new Set<string>(mine.flatMap((s) => [STAGE_STATUS[s], ...(s === 'civilAffairs' ? ['public_notice'] : []), ...(s === 'township' ? ['awaiting_correction'] : [])]));
  const today = shanghaiDate(deps.now());
  const matters = (await deps.matters.listByDistrict(caller.district, { openOnly: true })).filter((m): m is BenefitMatter => isBenefitMatter(m) && statuses.has(m.status));
  return matters
    .map((m) => reviewItem(m, today))
    .filter((i) => (query.due === 'overdue' ? (i.daysLeft ?? 0) < 0 : query.due === 'soon' ? i.daysLeft !== undefined && i.daysLeft >= 0 && i.daysLeft <= DUE_SOON : true));
}

async function reviewedMatter(deps: ReviewDeps, caller: Caller, id: string): Promise<BenefitMatter> {
  const matter = await deps.matters.get(id);
  if (!matter || !isBenefitMatter(matter)) throw new NotFoundError();
  const parts = await partsOf(deps, caller, matter);
  if (!stagesOf(caller).some((s) => parts.includes(STAGE_PART[s]))) throw new NotFoundError();
  return matter;
}

export interface ReviewView extends BenefitView {
  audit: AuditEntry[];
}

/** One matter for a reviewer: masked, and the look itself audited. */
export async function reviewView(deps: ReviewDeps, caller: Caller, id: string, lang: Language): Promise<ReviewView> {
  const matter = await reviewedMatter(deps, caller, id);
  await recordLook(deps, caller, id, 'viewed');
  const [view, audit] = await Promise.all([benefitView(deps, matter, await partsOf(deps, caller, matter), lang, true, true), deps.history.audit(id)]);
  return { ...view, audit };
}

/** The bank account in full, for a stated purpose, audited; as limited per hour as any reveal. */
export async function revealBankAccount(
  deps: ReviewDeps & { vault: SecretVault; rates: RateCounter; revealsPerHour: number },
  caller: Caller,
  id: string,
  purpose: string,
): Promise<string> {
  const matter = await reviewedMatter(deps, caller, id);
  if (!matter.bankAccount) throw new ValidationError([{ field: 'bankAccount', code: 'error.notAnswered' }]);
  const now = deps.now();
  if (!(await deps.rates.take(`reveal#${caller.userId}`, now.toISOString().slice(0, 13), deps.revealsPerHour, Math.floor(now.getTime() / 1000) + 7200))) {
    throw new RateLimitedError(3600 - now.getUTCMinutes() * 60 - now.getUTCSeconds());
  }
  await recordLook(deps, caller, id, 'bankAccountRevealed', { purpose });
  return deps.vault.open(matter.bankAccount.sealed, { matterId: matter.id });
}

