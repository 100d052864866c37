/**
 * A certificate application (新办 and the five certificate matters): the kernel's matter record with
 * what the certificate family adds — the card it is about, the assessment, the public notice, the
 * decision and the card's way to its holder.
 */
import type { CorrectionRequest, Deferral, MatterRecord } from '../matters/matter.js';
import type { DocumentKind } from '../applications/materials.js';
import type { DraftAnswers } from '../applications/schemas.js';
import type { ApplicationStatus, Matter } from './statuses.js';
import type { MatterBookings } from '../booking/booking.js';

export interface Application extends MatterRecord<ApplicationStatus> {
  matter: Matter;
  answers: DraftAnswers;
  corrections?: Omit<CorrectionRequest, 'items'> & { items: { subject: CorrectionSubject; note: string }[] };
  deferral?: Omit<Deferral, 'kinds'> & { kinds: DocumentKind[] };
  /** The card a renewal, change, reissue or cancellation is about. */
  certificateNumber?: string;
  /** Why a card is cancelled or reissued. */
  matterReason?: CancellationReason | 'lost';
  assessment?: AssessmentBooking;
  /** Seats and home visits booked for the assessment (functions/booking/, booking-steps.ts). */
  bookings?: MatterBookings;
  assessmentResult?: AssessmentResult;
  notice?: PublicNotice;
  decision?: Decision;
  cardDelivery?: CardDelivery;
}

export const CANCELLATION_REASONS = ['death', 'noLongerMeetsStandard', 'voluntary'] as const;
export type CancellationReason = (typeof CANCELLATION_REASONS)[number];

export const CORRECTION_SUBJECTS = ['answers', 'idCard', 'hukouPage', 'photo', 'medicalRecords', 'guardianProof', 'agentIdCard', 'powerOfAttorney', 'damagedCard'] as const;
export type CorrectionSubject = (typeof CORRECTION_SUBJECTS)[number];

/** Where and when the person is assessed: typed by staff at the counter, or the earliest place booked (`slotId` its session). */
export interface AssessmentBooking {
  institutionId: string;
  at: string;
  mode: 'institution' | 'homeVisit';
  slotId?: string;
}

export interface AssessmentComponent {
  category: number;
  grade: number;
  /** The measured value where the grade follows from a number (domain.md §2). */
  measurement?: { bestCorrectedAcuity?: number; averageLossDb?: number; iq?: number; dq?: number; whodas?: number };
}

export interface AssessmentResult {
  recordedAt: string;
  meetsStandard: boolean;
  components: AssessmentComponent[];
  /** The card's category (7 for multiple) and grade (the most severe component). */
  category?: number;
  grade?: number;
  note?: string;
}

/** 公示: what the community sees, de-identified. */
export interface PublicNotice {
  startsOn: string;
  endsOn: string;
  maskedName: string;
  community: string;
  category: number;
  grade: number;
  objection?: { at: string; note: string };
}

export interface Decision {
  outcome: 'approved' | 'rejected';
  at: string;
  certificateNumber?: string;
  validUntil?: string;
  reason?: string;
  /** 复评: the last day to ask the city 残联 for a re-assessment. */
  appealBy?: string;
}

export interface CardDelivery {
  method: 'express' | 'pickup';
  courier?: string;
  trackingNumber?: string;
  pickupPlace?: string;
  at: string;
}
