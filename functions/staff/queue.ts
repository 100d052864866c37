/** The district's work queue: every matter by its deadline, in a form the queue page shows at a glance. */
import type { MatterStore } from '../matters/ports.js';
import { daysLeft, isPaused } from '../matters/deadlines.js';
import { maskIdNumber } from '../domain/id-number.js';
import { shanghaiDate } from '../domain/time.js';
import type { Caller } from '../shared/http/caller.js';
import type { Application } from '../certificates/application.js';
import { MATTERS, OPEN_STATUSES } from '../certificates/statuses.js';
import type { QueueQuery } from './schemas.js';

export interface QueueItem {
  id: string;
  reference?: string;
  matter: Application['matter'];
  status: Application['status'];
  channel?: Application['channel'];
  personName?: string;
  personIdNumberMasked?: string;
  submittedAt?: string;
  promisedDue?: string;
  statutoryDue?: string;
  provisional?: boolean;
  /** Working days to the promised deadline; negative when overdue. Absent while waiting for the citizen. */
  daysLeft?: number;
  waitingForCitizenUntil?: string;
  assignee?: Application['assignee'];
  version: number;
  /** The assessment appointment at a glance (functions/booking/). */
  booking?: BookingState;
}

/** Where a matter that is assessed stands with its appointment. */
export interface BookingState {
  state: 'waiting' | 'booked' | 'missed' | 'homeVisitRequested' | 'homeVisitApproved';
  /** The earliest place booked. */
  next?: { date: string; start: string; mode: 'session' | 'home' };
  missed: number;
  /** Missed twice or more: staff should call the person. */
  flagged?: true;
}

/** Accepted and not booked is waiting; a miss not booked again is missed; a home visit asked for or approved waits for staff. */
export function bookingState(a: Application): BookingState | undefined {
  if (!['new', 'change'].includes(a.matter) || !['accepted', 'assessment_scheduled'].includes(a.status)) return undefined;
  const b = a.bookings ?? { active: [], missed: 0, needs: [] };
  const next = [...b.active].sort((x, y) => `${x.date}${x.start}`.localeCompare(`${y.date}${y.start}`))[0];
  const base = { missed: b.missed, ...(b.missed >= 2 ? { flagged: true as const } : {}) };
  if (next) return { ...base, state: 'booked', next: { date: next.date, start: next.start, mode: next.mode } };
  // Staff typed a place and time at the counter (scheduleAssessment): arranged, with no seat.
  if (a.status === 'assessment_scheduled') return undefined;
  if (b.homeVisit?.status === 'requested') return { ...base, state: 'homeVisitRequested' };
  if (b.homeVisit?.status === 'approved') return { ...base, state: 'homeVisitApproved' };
  return { ...base, state: b.missed > 0 ? 'missed' : 'waiting' };
}

/** Warned this many working days before the promised deadline. */
export const DUE_SOON_WORKING_DAYS = 3;

export function queueItem(a: Application, today: string): QueueItem {
  const paused = isPaused(a.clock);
  const open = OPEN_STATUSES.includes(a.status);
  return {
    id: a.id,
    matter: a.matter,
    status: a.status,
    version: a.version,
    ...(a.reference ? { reference: a.reference } : {}),
    ...(a.channel ? { channel: a.channel } : {}),
    ...(a.answers.personName ? { personName: a.answers.personName } : {}),
    ...(a.answers.personIdNumber ? { personIdNumberMasked: maskIdNumber(a.answers.personIdNumber) } : {}),
    ...(a.submittedAt ? { submittedAt: a.submittedAt } : {}),
    ...(a.clock ? { promisedDue: a.clock.promisedDue, statutoryDue: a.clock.statutoryDue } : {}),
    ...(a.clock?.provisional ? { provisional: true } : {}),
    ...(open && a.clock && !paused ? { daysLeft: daysLeft(today, a.clock.promisedDue) } : {}),
    ...(paused && a.corrections ? { waitingForCitizenUntil: a.corrections.dueOn } : {}),
    ...(a.assignee ? { assignee: a.assignee } : {}),
    ...withBooking(a),
  };
}

const withBooking = (a: Application) => {
  const booking = bookingState(a);
  return booking ? { booking } : {};
};

/** The district's matters, soonest deadline first; open ones unless a status is asked for. */
export async function workQueue(deps: { matters: Pick<MatterStore<Application>, 'listByDistrict'>; now: () => Date }, caller: Caller, query: QueueQuery): Promise<QueueItem[]> {
  if (!caller.district) return [];
  const today = shanghaiDate(deps.now());
  const status = query.status ?? 'open';
  const openOnly = status === 'open' || status === 'draft' || OPEN_STATUSES.includes(status);
  // Certificate matters only: benefit matters have their reviewers' stage queues (functions/benefits/reviews.ts).
  const certificateMatters = (await deps.matters.listByDistrict(caller.district, { openOnly })).filter((a) => (MATTERS as readonly string[]).includes(a.matter));
  const items = certificateMatters.map((a) => queueItem(a, today));
  return items.filter((item) => {
    const open = OPEN_STATUSES.includes(item.status) || item.status === 'draft';
    if (status === 'open' ? !open : item.status !== status) return false;
    if (query.matter && item.matter !== query.matter) return false;
    if (query.mine === 'true' && item.assignee?.userId !== caller.userId) return false;
    if (query.due === 'overdue' && !(item.daysLeft !== undefined && item.daysLeft < 0)) return false;
    if (query.due === 'soon' && !(item.daysLeft !== undefined && item.daysLeft >= 0 && item.daysLeft <= DUE_SOON_WORKING_DAYS)) return false;
    if (query.booking && !(query.booking === 'homeVisit' ? item.booking?.state.startsWith('homeVisit') : item.booking?.state === query.booking)) return false;
    return true;
  });
}
