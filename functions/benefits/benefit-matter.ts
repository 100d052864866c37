/**
 * A benefit application as a matter of the kernel: what it records besides the kernel's fields — the
 * benefit and the rules version it is decided under, the card it rests on, the registers' answers, the
 * bank account (sealed), the stage it is in and each stage's review, the public notice and the decision.
 */
import type { MatterRecord } from '../matters/matter.js';
import type { LocalisedText } from '../districts/district-config.js';
import type { Allowance, Fact, HouseholdStatus, Register, Stage } from './catalogue-schema.js';
import type { RegisterFacts } from './registers.js';
import type { Assessment } from './eligibility.js';

export const BENEFIT_STATUSES = [
  'proposed',
  'declined',
  'draft',
  'awaiting_registers',
  'township_review',
  'awaiting_correction',
  'federation_review',
  'civil_affairs_review',
  'public_notice',
  'approved',
  'rejected',
  'withdrawn',
] as const;
export type BenefitStatus = (typeof BENEFIT_STATUSES)[number];

/** Being worked on: in the reviewers' queues and counted against their deadlines. */
export const BENEFIT_OPEN: readonly BenefitStatus[] = ['awaiting_registers', 'township_review', 'awaiting_correction', 'federation_review', 'civil_affairs_review', 'public_notice'];
/** Where the applicant may still withdraw. */
export const BENEFIT_WITHDRAWABLE: readonly BenefitStatus[] = ['draft', ...BENEFIT_OPEN];

export const STAGE_STATUS = { township: 'township_review', federation: 'federation_review', civilAffairs: 'civil_affairs_review' } as const satisfies Record<Stage, BenefitStatus>;
export const STAGE_PART = { township: 'townshipReviewer', federation: 'federationReviewer', civilAffairs: 'civilAffairsReviewer' } as const;
export type ReviewerPart = (typeof STAGE_PART)[Stage];

export const BENEFIT_MATTER = 'benefit';

export type BenefitAnswers = {
  personName?: string;
  personIdNumber?: string;
  personPhone?: string;
  /** Who applies: the person, their guardian (children, intellectual and mental disability), or an agent. */
  actingAs?: 'self' | 'guardian' | 'agent';
  agentName?: string;
  /** What the applicant says, where no register has answered. */
  household?: HouseholdStatus;
  allowances?: { kind: Allowance; monthlyYuan?: number }[];
  facts?: Partial<Record<Fact, boolean>>;
  hasDiagnosis?: boolean;
  institutionId?: string;
  /** The registers the applicant agreed may be asked, and when. */
  consents?: Partial<Record<Register, string>>;
  /** The declaration that what was said is true. */
  declaration?: true;
};

/** One register's latest answer, kept with the matter (every attempt is in the audit trail). */
export interface LookupRecord {
  register: Register;
  at: string;
  /** The applicant's consent, or the federation's own duty (政策找人 under the data-sharing agreement). */
  basis: 'consent' | 'publicDuty';
  outcome: 'answered' | 'noAnswer';
  facts?: RegisterFacts;
  problem?: 'timeout' | 'unavailable' | 'unreadable';
  attempts: number;
}

/** The bank account, sealed at field level: only the mask is readable without the vault. */
export interface StoredBankAccount {
  holderName: string;
  bankName: string;
  kind: 'card' | 'passbook';
  masked: string;
  sealed: SealedSecret;
}

/** Envelope encryption: a data key (wrapped by KMS on AWS, by a local key locally) and AES-256-GCM. */
export interface SealedSecret {
  keyId: string;
  wrappedKey: string;
  iv: string;
  tag: string;
  ciphertext: string;
}

export interface StageClock {
  stage: Stage;
  since: string;
  due: string;
  provisional?: boolean;
}

export interface StageReview {
  stage: Stage;
  outcome: 'passed' | 'refused';
  by: string;
  at: string;
  note?: string;
}

export interface BenefitDecision {
  outcome: 'approved' | 'rejected';
  at: string;
  stage?: Stage;
  reason?: string;
  /** Where and by when to appeal a refusal. */
  appealTo?: LocalisedText;
  appealBy?: string;
  /** What is paid from when, to whom. */
  payment?: { yuan: number; per: 'month' | 'year' | 'once'; upTo: boolean; startsOn: string; to: 'applicant' | 'provider' };
}

export interface BenefitMatter extends MatterRecord<BenefitStatus> {
  matter: typeof BENEFIT_MATTER;
  benefitId: string;
  /** The version of the benefit's rules the matter is decided under (pinned at submission). */
  rulesFrom: string;
  districtCode: string;
  certificateNumber?: string;
  answers: BenefitAnswers;
  lookups?: Partial<Record<Register, LookupRecord>>;
  bankAccount?: StoredBankAccount;
  stage?: StageClock;
  reviews?: StageReview[];
  /** What the engine said at submission, for the reviewers. */
  eligibility?: Assessment;
  /** The public notice, and each objection civil affairs recorded during it (their words are for the reviewers only). */
  notice?: { startsOn: string; endsOn: string; objections?: { at: string; note: string }[] };
  decision?: BenefitDecision;
  /** 政策找人: why the portal proposed it, and when the person was told. */
  proposal?: { trigger: 'certificate' | 'register'; at: string; announcedAt?: string };
}

export const isBenefitMatter = (m: MatterRecord): m is BenefitMatter => m.matter === BENEFIT_MATTER;
