/**
 * The benefit matter type on the kernel: 政策找人's proposal (told, accepted or declined), the draft
 * saved with its answers, sealed bank account and register lookups, the submission, review by stage
 * (benefit-review.ts), withdrawal and the rating.
 */
import type { MatterType, Transition } from '../matters/matter-type.js';
import { IllegalTransitionError } from '../shared/errors.js';
import type { Rating } from '../matters/matter.js';
import { BENEFIT_MATTER, BENEFIT_OPEN, BENEFIT_STATUSES, BENEFIT_WITHDRAWABLE, type BenefitMatter } from './benefit-matter.js';
import { registersAnswered, submit, mergedLookups, benefitParams, type BenefitDeps } from './benefit-submission.js';
import { reviewSteps } from './benefit-review.js';
import { amountOf } from './explain.js';
import { benefitNameOf, rulesOf } from './benefit-version.js';

type T = Transition<BenefitMatter, BenefitDeps>;

/** 政策找人: the person is told once (the job may run again after a crash between creating and telling). */
const announce: T = {
  from: ['proposed'],
  by: 'system',
  event: 'benefitProposed',
  guard({ matter }) {
    if (matter.proposal?.announcedAt) throw new IllegalTransitionError('announce', matter.status);
  },
  effect({ matter, at, today }) {
    const v = rulesOf(matter, today);
    const amount = (lang: 'zh-CN' | 'en') => (matter.eligibility ? amountOf(matter.eligibility, lang) : '');
    return { set: { proposal: { ...matter.proposal!, announcedAt: at } }, params: { ...benefitParams(v), amountZh: amount('zh-CN'), amountEn: amount('en') } };
  },
};

const save: T = {
  from: ['draft', 'awaiting_correction'],
  by: 'applicant',
  event: 'benefitSaved',
  timeline: false,
  notify: false,
  offered: false,
  effect({ matter, input }) {
    const set: Partial<BenefitMatter> = { lookups: input.replaceLookups ? (input.lookups as BenefitMatter['lookups']) : mergedLookups(matter, input) };
    if (input.answers) set.answers = input.answers as BenefitMatter['answers'];
    if (input.bankAccount) set.bankAccount = input.bankAccount as BenefitMatter['bankAccount'];
    return { set };
  },
};

/** The portal's own lookups: for a proposal, or retrying a register that did not answer. */
const recordLookups: T = {
  from: ['proposed', 'awaiting_registers'],
  by: 'system',
  event: 'registerLookup',
  timeline: false,
  offered: false,
  effect: ({ matter, input }) => ({ set: { lookups: mergedLookups(matter, input) } }),
};

const withdraw: T = {
  from: BENEFIT_WITHDRAWABLE,
  to: 'withdrawn',
  by: 'owner',
  event: 'withdrawn',
  // A draft was never received: nothing to tell anyone, nothing held.
  effect: ({ matter, deps }) => (matter.status === 'draft' ? { event: 'draftWithdrawn' } : { writes: [deps.benefitHoldings.release(matter.answers.personIdNumber!, matter.benefitId, matter.id)] }),
};

/** 好差评, once, on a decided matter; the decision stays its status. */
const rate: T = {
  from: ['approved', 'rejected'],
  by: 'owner',
  event: 'rated',
  guard({ matter }) {
    if (matter.rating) throw new IllegalTransitionError('rate', matter.status);
  },
  effect({ input, at }) {
    const rating: Rating = { level: input.level as Rating['level'], ...(input.comment ? { comment: String(input.comment) } : {}), at };
    return { set: { rating }, params: { level: String(rating.level) } };
  },
};

export const benefitMatterType: MatterType<BenefitMatter, BenefitDeps> = {
  name: BENEFIT_MATTER,
  statuses: BENEFIT_STATUSES,
  openStatuses: BENEFIT_OPEN,
  transitions: {
    announce,
    acceptProposal: { from: ['proposed'], to: 'draft', by: 'owner', event: 'proposalAccepted', notify: false },
    declineProposal: { from: ['proposed'], to: 'declined', by: 'owner', event: 'proposalDeclined', notify: false },
    save,
    recordLookups,
    submit,
    registersAnswered,
    ...reviewSteps,
    withdraw,
    rate,
  },
  listed: (matter) => ({ benefitId: matter.benefitId, benefitName: benefitNameOf(matter) }),
};
