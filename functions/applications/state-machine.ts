/**
 * Every certificate matter (domain.md §2, §4) as a table of transitions. Every state change goes
 * through `nextStatus`, so an action that the matter's current status does not allow can never be written.
 */

export const APPLICATION_STATUSES = [
  'draft',
  'submitted',
  'awaiting_correction',
  'accepted',
  'assessment_scheduled',
  'assessed',
  'public_notice',
  'under_review',
  'approved',
  'card_produced',
  'shipped',
  'ready_for_pickup',
  'completed',
  'rated',
  'rejected',
  'withdrawn',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** The matters applied for from an existing certificate: 换领 at expiry, damaged-card renewal, 变更 (with reassessment), 挂失补办, 注销. */
export const CERTIFICATE_MATTERS = ['renewal', 'damaged', 'change', 'reissue', 'cancellation'] as const;
export type CertificateMatter = (typeof CERTIFICATE_MATTERS)[number];
/** 新办 and the certificate matters. */
export const MATTERS = ['new', ...CERTIFICATE_MATTERS] as const;
export type Matter = (typeof MATTERS)[number];

export type Actor = 'citizen' | 'staff';

interface Transition {
  from: readonly ApplicationStatus[];
  to: ApplicationStatus;
  by: Actor;
}

/** Where the applicant may still withdraw and the clock of 限时办结 runs. */
export const BEFORE_APPROVAL: readonly ApplicationStatus[] = [
  'submitted',
  'awaiting_correction',
  'accepted',
  'assessment_scheduled',
  'assessed',
  'public_notice',
  'under_review',
];

/** Receiving, one batch of corrections, acceptance: the same for every matter. */
const INTAKE = {
  submit: { from: ['draft'], to: 'submitted', by: 'citizen' },
  requestCorrection: { from: ['submitted'], to: 'awaiting_correction', by: 'staff' },
  resubmit: { from: ['awaiting_correction'], to: 'submitted', by: 'citizen' },
  accept: { from: ['submitted'], to: 'accepted', by: 'staff' },
  withdraw: { from: BEFORE_APPROVAL, to: 'withdrawn', by: 'citizen' },
} as const satisfies Record<string, Transition>;

/** From a produced card to the holder's hands, then the rating. */
const CARD_DELIVERY = {
  produceCard: { from: ['approved'], to: 'card_produced', by: 'staff' },
  ship: { from: ['card_produced'], to: 'shipped', by: 'staff' },
  readyForPickup: { from: ['card_produced'], to: 'ready_for_pickup', by: 'staff' },
  confirmDelivery: { from: ['shipped'], to: 'completed', by: 'staff' },
  confirmPickup: { from: ['ready_for_pickup'], to: 'completed', by: 'staff' },
  rate: { from: ['completed'], to: 'rated', by: 'citizen' },
} as const satisfies Record<string, Transition>;

/** A new card, or a changed category/grade: assessed, publicly noticed (never for minors), reviewed. */
const ASSESSED_MATTER = {
  ...INTAKE,
  scheduleAssessment: { from: ['accepted', 'assessment_scheduled'], to: 'assessment_scheduled', by: 'staff' },
  recordAssessment: { from: ['assessment_scheduled'], to: 'assessed', by: 'staff' },
  recordNotMeetingStandard: { from: ['assessment_scheduled'], to: 'rejected', by: 'staff' },
  startNotice: { from: ['assessed'], to: 'public_notice', by: 'staff' },
  skipNoticeForMinor: { from: ['assessed'], to: 'under_review', by: 'staff' },
  endNotice: { from: ['public_notice'], to: 'under_review', by: 'staff' },
  recordObjection: { from: ['public_notice'], to: 'under_review', by: 'staff' },
  approve: { from: ['under_review'], to: 'approved', by: 'staff' },
  reject: { from: ['under_review'], to: 'rejected', by: 'staff' },
  ...CARD_DELIVERY,
} as const satisfies Record<string, Transition>;

/** Renewals and reissues keep the assessed category and grade: accepted, decided, a new card sent. */
const CARD_ONLY_MATTER = {
  ...INTAKE,
  approve: { from: ['accepted'], to: 'approved', by: 'staff' },
  reject: { from: ['accepted'], to: 'rejected', by: 'staff' },
  ...CARD_DELIVERY,
} as const satisfies Record<string, Transition>;

/** Cancelling a card produces no card: the decision completes the matter. */
const CANCELLATION_MATTER = {
  ...INTAKE,
  approve: { from: ['accepted'], to: 'completed', by: 'staff' },
  reject: { from: ['accepted'], to: 'rejected', by: 'staff' },
  rate: CARD_DELIVERY.rate,
} as const satisfies Record<string, Transition>;

/** The new-certificate matter's table. */
export const TRANSITIONS = ASSESSED_MATTER;

export type ApplicationAction = keyof typeof ASSESSED_MATTER;

export const MACHINES: Record<Matter, Partial<Record<ApplicationAction, Transition>>> = {
  new: ASSESSED_MATTER,
  change: ASSESSED_MATTER,
  renewal: CARD_ONLY_MATTER,
  damaged: CARD_ONLY_MATTER,
  reissue: CARD_ONLY_MATTER,
  cancellation: CANCELLATION_MATTER,
};

export class IllegalTransitionError extends Error {
  constructor(
    readonly action: string,
    readonly from: ApplicationStatus,
  ) {
    super(`${action} is not allowed from ${from}`);
    this.name = 'IllegalTransitionError';
  }
}

/** The status after `action`, or an IllegalTransitionError when the matter, `from` or `actor` does not allow it. */
export function nextStatus(from: ApplicationStatus, action: ApplicationAction, actor: Actor, matter: Matter = 'new'): ApplicationStatus {
  const t = MACHINES[matter][action];
  if (!t || t.by !== actor || !t.from.includes(from)) throw new IllegalTransitionError(action, from);
  return t.to;
}

/** Actions `actor` may take from `status` in this matter: what the UI offers. */
export function availableActions(status: ApplicationStatus, actor: Actor, matter: Matter = 'new'): ApplicationAction[] {
  return (Object.entries(MACHINES[matter]) as [ApplicationAction, Transition][])
    .filter(([, t]) => t.by === actor && t.from.includes(status))
    .map(([action]) => action);
}

/** Still being worked on: shown in the staff queue by default and counted against deadlines. */
export const OPEN_STATUSES: readonly ApplicationStatus[] = [...BEFORE_APPROVAL, 'approved', 'card_produced', 'shipped', 'ready_for_pickup'];
