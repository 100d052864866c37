/**
 * Review by stage and organisation (domain.md §5): the township checks the answers and materials (one
 * batch of corrections), the district 残联 checks card and grade, civil affairs decides with the income
 * check; a public notice where the district has one; then approval, with what is paid from when. Each
 * stage is a part of its own (townshipReviewer, federationReviewer, civilAffairsReviewer) and a refusal
 * at any of them is written, with the appeal route.
 */
import type { Outcome, Transition } from '../matters/matter-type.js';
import { pauseClock, resumeClock, workingDaysAfter } from '../matters/deadlines.js';
import { sentSince } from '../documents/document-record.js';
import { addDays, addMonths } from '../domain/time.js';
import { IllegalTransitionError, IncompleteApplicationError, ValidationError } from '../shared/errors.js';
import type { BenefitVersion, Stage } from './catalogue-schema.js';
import { STAGE_PART, STAGE_STATUS, type BenefitDecision, type BenefitMatter, type StageReview } from './benefit-matter.js';
import { organisationOf, rulesOf, stageAfter, stageClock, statusOfStage } from './benefit-version.js';
import { amountText, STAGE_NAMES } from './explain.js';
import { assessMatter, benefitParams, notEntitled, type BenefitDeps, type Ctx } from './benefit-submission.js';

type T = Transition<BenefitMatter, BenefitDeps>;
type Result = Outcome<BenefitMatter> & { to?: BenefitMatter['status'] };

const reviewOf = (ctx: Ctx, stage: Stage, outcome: StageReview['outcome'], note?: string): StageReview[] => [
  ...(ctx.matter.reviews ?? []),
  { stage, outcome, by: ctx.by.name, at: ctx.at, ...(note ? { note } : {}) },
];

function paymentStart(v: BenefitVersion, matter: BenefitMatter, today: string): string {
  if (v.paymentStarts === 'monthOfApplication') return (matter.submittedAt ?? today).slice(0, 7);
  if (v.paymentStarts === 'monthAfterApproval') return addMonths(today, 1).slice(0, 7);
  return today;
}

async function approval(ctx: Ctx, v: BenefitVersion, extra: Partial<BenefitMatter>): Promise<Result> {
  const { matter, today, at, deps } = ctx;
  const assessment = await assessMatter(ctx, v, matter.lookups);
  const amount = assessment.amount ?? { yuan: assessment.range.max, per: v.amount.per, upTo: true };
  const decision: BenefitDecision = { outcome: 'approved', at, payment: { ...amount, startsOn: paymentStart(v, matter, today), to: v.paidTo } };
  return {
    to: 'approved',
    event: 'benefitApproved',
    set: { ...extra, decision },
    params: { reference: matter.reference ?? '', ...benefitParams(v), amountZh: amountText(amount, 'zh-CN'), amountEn: amountText(amount, 'en'), startsOn: decision.payment!.startsOn },
    writes: [deps.benefitHoldings.receive(matter.answers.personIdNumber!, matter.benefitId, matter.id)],
  };
}

/** After a stage passes: the next stage, the public notice, or the approval. */
async function advance(ctx: Ctx, stage: Stage, note?: string): Promise<Result> {
  const v = rulesOf(ctx.matter, ctx.today);
  const reviews = reviewOf(ctx, stage, 'passed', note);
  const next = stageAfter(v, stage);
  if (next) {
    const clock = stageClock(v, next, ctx.today);
    const [from, to] = [STAGE_NAMES[stage], STAGE_NAMES[next]];
    return {
      to: statusOfStage(next),
      set: { reviews, stage: clock, queueDate: clock.due },
      params: { reference: ctx.matter.reference ?? '', stageZh: from['zh-CN'], stageEn: from.en, nextZh: to['zh-CN'], nextEn: to.en, due: clock.due, organisationZh: organisationOf(v, next)['zh-CN'], organisationEn: organisationOf(v, next).en },
    };
  }
  const notice = ctx.matter.notice;
  // After an objection found groundless, the notice already published runs on to its end (no second one);
  // one that has ended leads to the decision.
  if (v.publicNotice && notice?.objections?.length) {
    if (notice.endsOn >= ctx.today) return { to: 'public_notice', event: 'startNotice', set: { reviews, queueDate: notice.endsOn }, params: { reference: ctx.matter.reference ?? '', endsOn: notice.endsOn } };
  } else if (v.publicNotice) {
    const endsOn = workingDaysAfter(ctx.today, v.publicNotice.workingDays).date;
    return { to: 'public_notice', event: 'startNotice', set: { reviews, notice: { startsOn: ctx.today, endsOn }, queueDate: endsOn }, params: { reference: ctx.matter.reference ?? '', endsOn } };
  }
  return approval(ctx, v, { reviews });
}

function pass(stage: Stage): T {
  return {
    from: [STAGE_STATUS[stage]],
    to: 'approved',
    by: STAGE_PART[stage],
    event: 'benefitStagePassed',
    async effect(ctx) {
      if (stage === 'federation') {
        // The 残联 checks card and grade: a card cancelled or changed since the application refuses the pass.
        const v = rulesOf(ctx.matter, ctx.today);
        const now = await assessMatter(ctx, v, ctx.matter.lookups);
        if (now.outcome === 'notLikely' && now.reasons.some((r) => r.code.startsWith('card.'))) throw notEntitled(v, now);
      }
      return advance(ctx, stage, ctx.input.note as string | undefined);
    },
  };
}

function refuse(stage: Stage): T {
  return {
    from: stage === 'civilAffairs' ? ['civil_affairs_review', 'public_notice'] : [STAGE_STATUS[stage]],
    to: 'rejected',
    by: STAGE_PART[stage],
    event: 'benefitRefused',
    effect(ctx) {
      const { matter, today, at, deps } = ctx;
      const v = rulesOf(matter, today);
      const reason = String(ctx.input.reason);
      const appealBy = addDays(today, v.appeal.withinDays);
      const decision: BenefitDecision = { outcome: 'rejected', at, stage, reason, appealTo: v.appeal.to, appealBy };
      return {
        set: { decision, reviews: reviewOf(ctx, stage, 'refused', reason) },
        params: { reference: matter.reference ?? '', reason, appealBy, appealToZh: v.appeal.to['zh-CN'], appealToEn: v.appeal.to.en, ...benefitParams(v) },
        writes: [deps.benefitHoldings.release(matter.answers.personIdNumber!, matter.benefitId, matter.id)],
      };
    },
  };
}

/** 一次性告知: the township sends every correction in one batch, once. */
const requestCorrection: T = {
  from: ['township_review'],
  to: 'awaiting_correction',
  by: 'townshipReviewer',
  event: 'requestCorrection',
  guard({ matter }) {
    if (matter.corrections) throw new IllegalTransitionError('requestCorrection', matter.status);
  },
  effect({ matter, input, rules, today, at }) {
    const items = input.items as { subject: string; note: string }[];
    const due = workingDaysAfter(today, rules.correctionWorkingDays).date;
    return { set: { corrections: { requestedAt: at, dueOn: due, items }, clock: pauseClock(matter.clock!, today), queueDate: due }, params: { count: String(items.length), dueOn: due } };
  },
};

const resubmit: T = {
  from: ['awaiting_correction'],
  to: 'township_review',
  by: 'applicant',
  event: 'resubmitted',
  async effect(ctx) {
    const { matter, deps, today, at } = ctx;
    const corrections = matter.corrections!;
    const documents = await deps.documents.list(matter.id);
    const kinds = [...new Set(corrections.items.map((i) => i.subject))].filter((s) => s !== 'answers' && s !== 'bankAccount');
    const stale = kinds.filter((kind) => !documents.some((d) => d.kind === kind && d.status === 'received' && sentSince(d, corrections.requestedAt)));
    if (stale.length) throw new IncompleteApplicationError(stale.map((kind) => ({ field: `documents.${kind}`, code: 'error.correction.newFileNeeded' })));
    const v = rulesOf(matter, today);
    const clock = resumeClock(matter.clock!, today);
    const stage = stageClock(v, 'township', today);
    return { set: { clock, stage, queueDate: stage.due, corrections: { ...corrections, resolvedAt: at } }, params: { promisedDue: clock.promisedDue } };
  },
};

const endNotice: T = {
  from: ['public_notice'],
  to: 'approved',
  by: 'civilAffairsReviewer',
  event: 'benefitApproved',
  guard({ matter, today }) {
    if (!matter.notice || matter.notice.endsOn >= today) throw new ValidationError([{ field: 'action', code: 'error.notice.running' }]);
  },
  effect: (ctx) => approval(ctx, rulesOf(ctx.matter, ctx.today), {}),
};

const recordObjection: T = {
  from: ['public_notice'],
  to: 'civil_affairs_review',
  by: 'civilAffairsReviewer',
  event: 'recordObjection',
  effect({ matter, input, at, today }) {
    const v = rulesOf(matter, today);
    const stage = stageClock(v, 'civilAffairs', today);
    const objections = [...(matter.notice!.objections ?? []), { at, note: String(input.note) }];
    return { set: { notice: { ...matter.notice!, objections }, stage, queueDate: stage.due }, params: { reference: matter.reference ?? '', ...benefitParams(v) } };
  },
};

export const reviewSteps = {
  requestCorrection,
  resubmit,
  passTownship: pass('township'),
  passFederation: pass('federation'),
  passCivilAffairs: pass('civilAffairs'),
  refuseTownship: refuse('township'),
  refuseFederation: refuse('federation'),
  refuseCivilAffairs: refuse('civilAffairs'),
  endNotice,
  recordObjection,
} satisfies Record<string, T>;

/** What a decision's input must carry beyond the version (the route's schema checks it). */
export type ReviewAction = keyof typeof reviewSteps;
