/**
 * The assessment appointment as steps of an assessed matter (新办, 变更): booking a seat, moving or
 * cancelling it, checking in, a no-show, a session closed under it. Each step's seat, roster line and
 * booking are written by their stores in the same transaction as the matter's status, timeline and
 * notice, so the seat count always equals the bookings stored.
 */
import type { Outcome } from '../matters/matter-type.js';
import type { WritePart } from '../matters/ports.js';
import { SeatTakenError, startsAt, type AccessibilityNeed, type ActiveBooking, type AssessmentSession, type Booking } from '../booking/booking.js';
import { newBookingReference } from '../booking/reference.js';
import { placeParams } from '../booking/places.js';
import type { Application } from './application.js';
import { activeBooking, bookableSession, bookingsOf, cutOff, homeSlot, placeReleased, refuse, storedChange, whenParams, withActive, type Ctx, type T } from './matter-places.js';

export type { BookingDeps } from './matter-places.js';

async function book(ctx: Ctx): Promise<Outcome<Application>> {
  const { matter, input, deps, at } = ctx;
  const current = bookingsOf(matter);
  if (current.homeVisit && current.homeVisit.status !== 'refused') return refuse('sessionId', 'error.booking.homeVisitPending');
  const needs = (input.needs as AccessibilityNeed[] | undefined) ?? current.needs;
  const session = await bookableSession(ctx, input.sessionId, needs);
  if (current.active.some((b) => b.categories.includes(session.category))) return refuse('sessionId', 'error.booking.alreadyBooked');
  const offer = input.fromWaitingList ? (await deps.sessions.waiting(session.id)).find((w) => w.matterId === matter.id && w.offer && w.offer.expiresAt > at) : undefined;
  if (input.fromWaitingList && !offer) return refuse('sessionId', 'error.booking.noOffer');
  if (!offer && session.seatsLeft <= 0) throw new SeatTakenError();
  const booking: Booking = {
    id: deps.newId(),
    reference: newBookingReference(),
    matterId: matter.id,
    ownerId: matter.ownerId,
    districtCode: session.districtCode,
    mode: 'session',
    categories: [session.category],
    needs,
    institutionId: session.institutionId,
    sessionId: session.id,
    date: session.date,
    start: session.start,
    end: session.end,
    status: 'booked',
    reschedules: 0,
    personName: matter.answers.personName ?? '',
    createdAt: at,
    updatedAt: at,
  };
  const seat = { bookingId: booking.id, reference: booking.reference, matterId: matter.id, ownerId: matter.ownerId, personName: booking.personName, category: session.category, needs, status: 'booked' as const };
  const active: ActiveBooking = { id: booking.id, reference: booking.reference, mode: 'session', categories: booking.categories, needs, institutionId: booking.institutionId, sessionId: session.id, date: booking.date, start: booking.start, end: booking.end, reschedules: 0, status: 'booked' };
  return {
    set: withActive(matter, [...current.active, active], { needs }),
    params: { ...whenParams(matter, booking), category: session.category, bookingId: booking.id },
    writes: [...deps.sessions.seatTaken(session, seat, offer), ...deps.bookings.created(booking)],
  };
}

async function reschedule(ctx: Ctx): Promise<Outcome<Application>> {
  const { matter, input, deps, rules } = ctx;
  const b = activeBooking(matter, input.bookingId);
  if (b.status !== 'booked') refuse('bookingId', 'error.booking.checkedIn');
  cutOff(ctx, b);
  const max = rules.assessmentBooking.maxReschedules;
  if (b.reschedules >= max) refuse('bookingId', 'error.booking.noMoreChanges', { max: String(max) });
  const others = bookingsOf(matter).active.filter((x) => x.id !== b.id);
  let moved: ActiveBooking;
  let writes: WritePart[];
  if (b.mode === 'home') {
    const { date, window } = homeSlot(ctx);
    if (date === b.date && window === `${b.start}-${b.end}`) refuse('date', 'error.booking.sameTime');
    const [start, end] = window.split('-') as [string, string];
    moved = { ...b, date, start, end, reschedules: b.reschedules + 1 };
    writes = [deps.bookings.homeDayReleased(b.teamId!, b.date), deps.bookings.homeDayTaken(b.teamId!, date, rules.assessmentBooking.homeVisitsPerTeamDay)];
  } else {
    const session = await bookableSession(ctx, input.sessionId, b.needs);
    if (session.id === b.sessionId) refuse('sessionId', 'error.booking.sameTime');
    if (session.category !== b.categories[0]) refuse('sessionId', 'error.booking.categoryNotNeeded');
    if (session.seatsLeft <= 0) throw new SeatTakenError();
    moved = { ...b, sessionId: session.id, institutionId: session.institutionId, date: session.date, start: session.start, end: session.end, reschedules: b.reschedules + 1 };
    const seat = { bookingId: b.id, reference: b.reference, matterId: matter.id, ownerId: matter.ownerId, personName: matter.answers.personName ?? '', category: session.category, needs: b.needs, status: 'booked' as const };
    // The old seat is given back in the transaction that takes the new one: a failed move keeps the old seat.
    writes = [...(await placeReleased(ctx, b)), ...deps.sessions.seatTaken(session, seat)];
  }
  writes.push(await storedChange(ctx, b, 'booked', moved));
  return {
    set: withActive(matter, [...others, moved]),
    params: { ...whenParams(matter, moved), fromDate: b.date, fromStart: b.start, bookingId: b.id, ...(b.mode === 'home' ? { home: 'true' } : {}) },
    writes,
  };
}

async function cancel(ctx: Ctx): Promise<Outcome<Application>> {
  const { matter, input } = ctx;
  const b = activeBooking(matter, input.bookingId);
  if (b.status !== 'booked') refuse('bookingId', 'error.booking.checkedIn');
  if (startsAt(b) <= ctx.now) refuse('bookingId', 'error.booking.started');
  const rest = bookingsOf(matter).active.filter((x) => x.id !== b.id);
  const homeVisit = bookingsOf(matter).homeVisit;
  return {
    to: rest.length > 0 ? 'assessment_scheduled' : 'accepted',
    set: { ...withActive(matter, rest, b.mode === 'home' && homeVisit ? { homeVisit: { ...homeVisit, status: 'approved' } } : {})},
    params: { ...whenParams(matter, b), bookingId: b.id },
    writes: [...(await placeReleased(ctx, b)), await storedChange(ctx, b, 'cancelled')],
  };
}

async function checkIn(ctx: Ctx): Promise<Outcome<Application>> {
  const { matter, input, deps, today } = ctx;
  const b = activeBooking(matter, input.bookingId);
  if (b.status !== 'booked') refuse('reference', 'error.checkIn.already');
  if (b.date !== today) refuse('reference', 'error.checkIn.notToday', { date: b.date });
  const active = bookingsOf(matter).active.map((x) => (x.id === b.id ? { ...x, status: 'checkedIn' as const } : x));
  return {
    set: withActive(matter, active),
    params: { ...whenParams(matter, b), bookingId: b.id },
    writes: [...(b.mode === 'session' ? [deps.sessions.seatStatus(b.sessionId!, b.id, 'booked', 'checkedIn')] : []), await storedChange(ctx, b, 'checkedIn')],
  };
}

async function missed(ctx: Ctx): Promise<Outcome<Application>> {
  const { matter, input, deps } = ctx;
  const b = activeBooking(matter, input.bookingId);
  if (b.status !== 'booked') refuse('bookingId', 'error.checkIn.already');
  if (startsAt(b) > ctx.now) refuse('bookingId', 'error.booking.notStarted');
  const current = bookingsOf(matter);
  const rest = current.active.filter((x) => x.id !== b.id);
  const count = current.missed + 1;
  return {
    to: rest.length > 0 ? 'assessment_scheduled' : 'accepted',
    set: { ...withActive(matter, rest, { missed: count, ...(b.mode === 'home' && current.homeVisit ? { homeVisit: { ...current.homeVisit, status: 'approved' } } : {}) })},
    params: { ...whenParams(matter, b), bookingId: b.id, missed: String(count) },
    // The seat was there and unused: it stays counted; its line says missed.
    writes: [...(b.mode === 'session' ? [deps.sessions.seatStatus(b.sessionId!, b.id, 'booked', 'missed')] : []), await storedChange(ctx, b, 'missed')],
  };
}

/** A session closed under the person (the doctor is ill): the seat is released and the earliest comparable one named. */
async function sessionClosed(ctx: Ctx): Promise<Outcome<Application>> {
  const { matter, input, deps } = ctx;
  const b = activeBooking(matter, input.bookingId);
  const session = await deps.sessions.get(b.sessionId ?? '');
  if (!session || session.status !== 'closed') return refuse('bookingId', 'error.booking.notFound');
  const rest = bookingsOf(matter).active.filter((x) => x.id !== b.id);
  const next = input.next as AssessmentSession | undefined;
  return {
    to: rest.length > 0 ? 'assessment_scheduled' : 'accepted',
    set: { ...withActive(matter, rest)},
    params: {
      ...whenParams(matter, b),
      bookingId: b.id,
      ...(next ? { nextSessionId: next.id, nextDate: next.date, nextStart: next.start, ...Object.fromEntries(Object.entries(placeParams(next.districtCode, next.institutionId)).map(([k, v]) => [`next${k[0]!.toUpperCase()}${k.slice(1)}`, v])) } : {}),
    },
    writes: [...deps.sessions.seatReleased(session.id, b.id, false), await storedChange(ctx, b, 'released')],
  };
}

const booking: Pick<T, 'from' | 'to' | 'offered'> = { from: ['accepted', 'assessment_scheduled'], to: 'assessment_scheduled', offered: false };
const held: Pick<T, 'from' | 'to' | 'offered'> = { from: ['assessment_scheduled'], to: ['accepted', 'assessment_scheduled'], offered: false };

/** The appointment steps; `applicant` books for themselves, district `staff` on someone's behalf (a phone call, the counter). */
export const bookingSteps = {
  book: { ...booking, by: ['applicant', 'staff'], event: 'booked', effect: book },
  rescheduleBooking: { ...booking, from: ['assessment_scheduled'], by: ['applicant', 'staff'], event: 'rescheduled', effect: reschedule },
  cancelBooking: { ...held, by: ['applicant', 'staff'], event: 'bookingCancelled', effect: cancel },
  checkIn: { from: ['assessment_scheduled'], by: ['assessor', 'staff'], event: 'checkedIn', notify: false, offered: false, effect: checkIn },
  markMissed: { ...held, by: ['assessor', 'staff'], event: 'bookingMissed', effect: missed },
  releaseClosedSeat: { ...held, by: ['assessor', 'staff'], event: 'sessionClosed', effect: sessionClosed },
} satisfies Record<string, T>;

/** A step that ends the matter (withdrawal): every place still booked is given back with it. */
export function releasingPlaces(step: T): T {
  return {
    ...step,
    async effect(ctx) {
      const outcome = (await step.effect?.(ctx)) ?? {};
      const booked = bookingsOf(ctx.matter).active.filter((b) => b.status === 'booked' && startsAt(b) > ctx.now);
      const writes = (await Promise.all(booked.map(async (b) => [...(await placeReleased(ctx, b)), await storedChange(ctx, b, 'cancelled')]))).flat();
      return { ...outcome, ...(booked.length ? { set: { ...outcome.set, ...withActive(ctx.matter, bookingsOf(ctx.matter).active.filter((b) => !booked.includes(b))) } } : {}), writes: [...(outcome.writes ?? []), ...writes] };
    },
  };
}
