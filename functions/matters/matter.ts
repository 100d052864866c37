/**
 * The matter kernel's record: what every kind of matter (certificate matters, benefit applications,
 * appointments, …) has in common, and the entries every change writes beside it. A matter type adds
 * its own fields to this record (functions/certificates/application.ts).
 */

/** Who a matter was started by: the person online, staff at the counter or on a home visit (代办). */
export type Channel = 'online' | 'counter' | 'homeVisit';

/**
 * The parts people play in a matter's transitions; accounts hold roles, matters give them parts.
 * `owner`: the account the matter belongs to, for what only it does (withdraw, rate). `applicant`: the
 * owner and whoever acts for them (staff filing at the counter, 代办; the person it is about; a relative
 * they let act). `staff`: the district's staff. `subject`: the person the matter is about (their own
 * linked account) or their guardian on record, whoever filed it. `delegate`: a relative the person let
 * follow their matters (functions/family/). The three reviewers: each stage of a benefit's review
 * (functions/benefits/). `system`: the portal's own jobs (政策找人, a register that answers late).
 */
/** `assessor`: an institution's assessor whose session or home visit the person is booked into (functions/booking/); the reviewers: a benefit's stages (functions/benefits/); `system`: the portal's own jobs. */
export type MatterRole = 'owner' | 'applicant' | 'staff' | 'assessor' | 'townshipReviewer' | 'federationReviewer' | 'civilAffairsReviewer' | 'system' | 'subject' | 'delegate';

/** The parts that may read a matter on the citizen's pages. */
export const READING_PARTS: readonly MatterRole[] = ['applicant', 'subject', 'delegate'];

export interface MatterRecord<S extends string = string> {
  id: string;
  /** The matter type's name (functions/matters/registry.ts). */
  matter: string;
  ownerId: string;
  status: S;
  version: number;
  answers: Record<string, unknown>;
  reference?: string;
  createdAt: string;
  updatedAt: string;
  submittedAt?: string;
  /** Where the matter is handled; its queue and its rules are the district's. */
  districtCode?: string;
  channel?: Channel;
  /** The staff member who filed it on the person's behalf (代办). */
  filedBy?: string;
  /**
   * The person the matter is about: the hash of their ID number (the `PERSON#<hash>` key), set by the
   * kernel from the submission on. Their linked account and the relatives they let in see it through this.
   */
  subject?: string;
  clock?: DeadlineClock;
  /** The date the district queue sorts by: the promised deadline, or the citizen's deadline while waiting for them. */
  queueDate?: string;
  assignee?: { userId: string; name: string };
  corrections?: CorrectionRequest;
  deferral?: Deferral;
  rating?: Rating;
}

/** The queue date of a finished matter: after every real deadline. */
export const NO_DEADLINE = '9999-12-31';

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

/** 一次性告知: every problem in one batch. */
export interface CorrectionRequest {
  requestedAt: string;
  dueOn: string;
  items: { subject: string; note: string }[];
  resolvedAt?: string;
}

/** 容缺受理: accepted with these materials still to come, on the applicant's signed promise. */
export interface Deferral {
  kinds: string[];
  /** When staff accepted: what was uploaded before does not count as the material that follows. */
  acceptedAt?: string;
  dueOn: string;
  promiseSignedAt?: string;
}

export const RATING_LEVELS = [5, 4, 3, 2, 1] as const;
/** 好差评: once, five levels. */
export interface Rating {
  level: (typeof RATING_LEVELS)[number];
  comment?: string;
  at: string;
}

/**
 * Who changed a matter, as the timeline and the audit trail name them: the applicant (`citizen`), staff,
 * the person it is about or their guardian acting on a matter someone else filed (`person`), or a
 * relative the person let act (`delegate`, named with their relationship: "李娜 (daughter)").
 */
export interface Acting {
  role: 'citizen' | 'staff' | 'person' | 'delegate' | 'system';
  userId: string;
  name: string;
  /** A delegate's relationship to the person (functions/family/delegation.ts DELEGATE_RELATIONSHIPS). */
  relationship?: string;
}

/** One line of the plain-language history the applicant sees; `event` is an i18n key, `params` fill it in. */
export interface TimelineEntry {
  id: string;
  at: string;
  status: string;
  event: string;
  actor: Acting['role'] | 'system';
  params?: Record<string, string>;
  /** A delegate's own name and relationship, so their actions read as theirs; staff names stay in the audit trail. */
  actorName?: string;
  actorRelationship?: string;
}

/** Who did or saw what, for staff and auditors; never shown to the applicant. */
export interface AuditEntry {
  id: string;
  at: string;
  actorUserId: string;
  actorName: string;
  /** The applicant's own actions are shown as theirs, not under an account name. */
  actorRole?: Acting['role'];
  action: string;
  detail?: Record<string, string>;
}

/** Written in the same transaction as the state change; the stream notifier delivers it. */
export interface OutboxEvent {
  id: string;
  /** The notice template (notifications/templates.ts). */
  type: string;
  applicationId: string;
  recipientUserIds: string[];
  /** Unverified phone numbers, written by older versions; never texted. */
  recipientPhones?: string[];
  /**
   * `person`: also the person the matter is about (their linked account) and every relative they let
   * receive messages, looked up when the event is delivered, so an ended delegation gets nothing more.
   */
  audience?: 'person';
  /**
   * A message to an address rather than an account: a code to the phone on record, an invitation to
   * the number the person gave, a link to an e-mail address to verify. It says nothing about any matter.
   */
  direct?: { phone?: string; email?: string; language: 'zh-CN' | 'en' };
  params: Record<string, string>;
  createdAt: string;
}

/** What a change answers with: enough to know it happened and to act on the new version. */
export const versionOf = (matter: Pick<MatterRecord, 'id' | 'status' | 'version'>) => ({ id: matter.id, status: matter.status, version: matter.version });
