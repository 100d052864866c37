/**
 * The new-certificate matter (domain.md §4) as a table of transitions. Every state change goes through
 * `nextStatus`, so an action that the current status does not allow can never be written.
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

export type Actor = 'citizen' | 'staff';

interface Transition {
  from: readonly ApplicationStatus[];
  to: ApplicationStatus;
  by: Actor;
}

const BEFORE_APPROVAL: readonly ApplicationStatus[] = [
  'submitted',
  'awaiting_correction',
  'accepted',
  'assessment_scheduled',
  'assessed',
  'public_notice',
  'under_review',
];

export const TRANSITIONS = {
  submit: { from: ['draft'], to: 'submitted', by: 'citizen' },
  requestCorrection: { from: ['submitted'], to: 'awaiting_correction', by: 'staff' },
  resubmit: { from: ['awaiting_correction'], to: 'submitted', by: 'citizen' },
  accept: { from: ['submitted'], to: 'accepted', by: 'staff' },
  scheduleAssessment: { from: ['accepted', 'assessment_scheduled'], to: 'assessment_scheduled', by: 'staff' },
  recordAssessment: { from: ['assessment_scheduled'], to: 'assessed', by: 'staff' },
  recordNotMeetingStandard: { from: ['assessment_scheduled'], to: 'rejected', by: 'staff' },
  startNotice: { from: ['assessed'], to: 'public_notice', by: 'staff' },
  skipNoticeForMinor: { from: ['assessed'], to: 'under_review', by: 'staff' },
  endNotice: { from: ['public_notice'], to: 'under_review', by: 'staff' },
  recordObjection: { from: ['public_notice'], to: 'under_review', by: 'staff' },
  approve: { from: ['under_review'], to: 'approved', by: 'staff' },
  reject: { from: ['under_review'], to: 'rejected', by: 'staff' },
  produceCard: { from: ['approved'], to: 'card_produced', by: 'staff' },
  ship: { from: ['card_produced'], to: 'shipped', by: 'staff' },
  readyForPickup: { from: ['card_produced'], to: 'ready_for_pickup', by: 'staff' },
  confirmDelivery: { from: ['shipped'], to: 'completed', by: 'staff' },
  confirmPickup: { from: ['ready_for_pickup'], to: 'completed', by: 'staff' },
  rate: { from: ['completed'], to: 'rated', by: 'citizen' },
  withdraw: { from: BEFORE_APPROVAL, to: 'withdrawn', by: 'citizen' },
} as const satisfies Record<string, Transition>;

export type ApplicationAction = keyof typeof TRANSITIONS;

export class IllegalTransitionError extends Error {
  constructor(
    readonly action: ApplicationAction,
    readonly from: ApplicationStatus,
  ) {
    super(`${action} is not allowed from ${from}`);
    this.name = 'IllegalTransitionError';
  }
}

/** The status after `action`, or an IllegalTransitionError when `from` or `actor` does not allow it. */
export function nextStatus(from: ApplicationStatus, action: ApplicationAction, actor: Actor): ApplicationStatus {
  const t: Transition = TRANSITIONS[action];
  if (t.by !== actor || !t.from.includes(from)) throw new IllegalTransitionError(action, from);
  return t.to;
}

/** Actions `actor` may take from `status`: what the UI offers. */
export function availableActions(status: ApplicationStatus, actor: Actor): ApplicationAction[] {
  return (Object.keys(TRANSITIONS) as ApplicationAction[]).filter((a) => {
    const t: Transition = TRANSITIONS[a];
    return t.by === actor && t.from.includes(status);
  });
}
