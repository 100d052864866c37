import type { DocumentKind } from './materials.js';
import type { DraftAnswers } from './schemas.js';
import type { Actor, ApplicationStatus, Matter } from './state-machine.js';
import type { Certificate } from '../certificates/certificate.js';

export type Channel = 'online' | 'counter' | 'homeVisit';

export interface Application {
  id: string;
  ownerId: string;
  matter: Matter;
  status: ApplicationStatus;
  version: number;
  answers: DraftAnswers;
  reference?: string;
  createdAt: string;
  updatedAt: string;
  submittedAt?: string;
  /** Where the matter is handled; copied from the answers at submission so the district's queue can find it. */
  districtCode?: string;
  channel?: Channel;
  /** The staff member who filed it on the person's behalf (代办). */
  filedBy?: string;
  /** The card a renewal, change, reissue or cancellation is about. */
  certificateNumber?: string;
  /** Why a card is cancelled or reissued. */
  matterReason?: CancellationReason | 'lost';
  clock?: DeadlineClock;
  /** The date the district queue sorts by: the promised deadline, or the citizen's deadline while waiting for them. */
  queueDate?: string;
  assignee?: { userId: string; name: string };
  corrections?: CorrectionRequest;
  deferral?: Deferral;
  assessment?: AssessmentBooking;
  assessmentResult?: AssessmentResult;
  notice?: PublicNotice;
  decision?: Decision;
  cardDelivery?: CardDelivery;
  rating?: Rating;
}

/** The queue date of a finished matter: after every real deadline. */
export const NO_DEADLINE = '9999-12-31';

export const CANCELLATION_REASONS = ['death', 'noLongerMeetsStandard', 'voluntary'] as const;
export type CancellationReason = (typeof CANCELLATION_REASONS)[number];

/** 限时办结: received on a date, limits in working days, stood still while waiting for the citizen. */
export interface DeadlineClock {
  receivedOn: string;
  promisedDays: number;
  statutoryDays: number;
  /** `to` is missing while the pause is still running. */
  pauses: { from: string; to?: string }[];
  promisedDue: string;
  statutoryDue: string;
  /** The holiday calendar for a year in the window is not published yet: weekdays were counted. */
  provisional?: boolean;
}

export const CORRECTION_SUBJECTS = ['answers', 'idCard', 'hukouPage', 'photo', 'medicalRecords', 'guardianProof', 'agentIdCard', 'powerOfAttorney', 'damagedCard'] as const;
export type CorrectionSubject = (typeof CORRECTION_SUBJECTS)[number];

/** 一次性告知: every problem in one batch. */
export interface CorrectionRequest {
  requestedAt: string;
  dueOn: string;
  items: { subject: CorrectionSubject; note: string }[];
  resolvedAt?: string;
}

/** 容缺受理: accepted with these materials still to come, on the citizen's signed promise. */
export interface Deferral {
  kinds: DocumentKind[];
  /** When staff accepted: what was uploaded before does not count as the material that follows. */
  acceptedAt?: string;
  dueOn: string;
  promiseSignedAt?: string;
}

/** Where and when the person is assessed. `slotId` is for the booking system of a later issue. */
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

export const RATING_LEVELS = [5, 4, 3, 2, 1] as const;
export interface Rating {
  level: (typeof RATING_LEVELS)[number];
  comment?: string;
  at: string;
}

/** One line of the plain-language history the citizen sees; `event` is an i18n key, `params` fill it in. */
export interface TimelineEntry {
  id: string;
  at: string;
  status: ApplicationStatus;
  event: string;
  actor: Actor | 'system';
  params?: Record<string, string>;
}

/** Who did or saw what, for staff and auditors; never shown to the citizen. */
export interface AuditEntry {
  id: string;
  at: string;
  actorUserId: string;
  actorName: string;
  /** The applicant's own actions are shown as theirs, not under an account name. */
  actorRole?: 'citizen' | 'staff';
  action: string;
  detail?: Record<string, string>;
}

export type DocumentStatus = 'awaiting_upload' | 'received' | 'rejected';

export interface DocumentRecord {
  id: string;
  applicationId: string;
  kind: DocumentKind;
  fileName: string;
  contentType: string;
  size: number;
  status: DocumentStatus;
  createdAt: string;
  receivedAt?: string;
  /** The entity tag of the file as checked: what is served must still be this file. */
  etag?: string;
}

/** Sent on or after `since` (a correction request, an acceptance): what counts as the file staff asked for. */
export const sentSince = (doc: DocumentRecord, since: string): boolean => (doc.receivedAt ?? doc.createdAt) >= since;

/** Written in the same transaction as the state change; the stream notifier delivers it. */
export interface OutboxEvent {
  id: string;
  /** The notice template (notifications/templates.ts). */
  type: string;
  applicationId: string;
  recipientUserIds: string[];
  /** Unverified phone numbers, written by older versions; never texted. */
  recipientPhones?: string[];
  params: Record<string, string>;
  createdAt: string;
}

export interface StateChange {
  application: Application;
  expectedVersion: number;
  set: Partial<Omit<Application, 'id' | 'ownerId' | 'version' | 'createdAt'>> & { status: ApplicationStatus };
  timeline?: TimelineEntry;
  audit?: AuditEntry;
  outbox?: OutboxEvent;
  /** Certificates created or changed by this decision, written in the same transaction. */
  certificates?: Certificate[];
  /** Blocks a new application for this person until the date (after a cancellation). */
  reapplyBlock?: { idNumber: string; until: string };
  at: string;
}

/** Storage of applications, their timelines, audit trails and documents. */
export interface ApplicationStore {
  create(application: Application): Promise<void>;
  get(id: string): Promise<Application | undefined>;
  /** Saves answers while the applicant may edit them, if `expectedVersion` is current; StaleVersionError otherwise. */
  saveAnswers(id: string, expectedVersion: number, answers: DraftAnswers, at: string): Promise<Application>;
  /** Status and fields, timeline, audit, outbox and certificates in one transaction, guarded by version and status. */
  changeState(change: StateChange): Promise<Application>;
  listByOwner(ownerId: string): Promise<Application[]>;
  /** Every submitted matter of a district, earliest queue date first; with `openOnly`, none that is finished. */
  listByDistrict(districtCode: string, options?: { openOnly?: boolean }): Promise<Application[]>;
  timeline(id: string): Promise<TimelineEntry[]>;
  audit(id: string): Promise<AuditEntry[]>;
  /** A view of sensitive data, recorded on its own. */
  recordAudit(applicationId: string, entry: AuditEntry): Promise<void>;
  nextReferenceNumber(year: string): Promise<number>;
  putDocument(doc: DocumentRecord): Promise<void>;
  getDocument(applicationId: string, documentId: string): Promise<DocumentRecord | undefined>;
  /** A received document records the entity tag of the file as checked. */
  setDocumentStatus(applicationId: string, documentId: string, status: DocumentStatus, at: string, etag?: string): Promise<void>;
  deleteDocument(applicationId: string, documentId: string): Promise<void>;
  listDocuments(applicationId: string): Promise<DocumentRecord[]>;
  /** The date until which this person may not apply again after a cancellation, if any. */
  reapplyBlockedUntil(idNumber: string): Promise<string | undefined>;
  /** The number of the valid certificate this person holds, if any. */
  validCertificateOf(idNumber: string): Promise<string | undefined>;
}
