/**
 * The places a certificate matter holds (its seats and home-visit days): reading them from the matter, and
 * the writes that take or give one back. Shared by the booking and home-visit steps and the booking routes.
 */
import type { Outcome, Transition, TransitionContext } from '../matters/matter-type.js';
import type { WritePart } from '../matters/ports.js';
import { ValidationError } from '../shared/errors.js';
import { noBookings, startsAt, type AccessibilityNeed, type ActiveBooking, type AssessmentSession, type Booking, type MatterBookings } from '../booking/booking.js';
import type { BookingStore, SessionStore } from '../booking/ports.js';
import { neededCategories, placeParams } from '../booking/places.js';
import type { Application } from './application.js';

export interface BookingDeps {
  sessions: SessionStore;
  bookings: BookingStore;
  newId: () => string;
}

export type Ctx = TransitionContext<Application, BookingDeps>;
export type T = Transition<Application, BookingDeps>;

export const refuse = (field: string, code: string, params?: Record<string, string>): never => {
  throw new ValidationError([{ field, code, ...(params ? { params } : {}) }]);
};

export const bookingsOf = (matter: Application): MatterBookings => matter.bookings ?? noBookings();

export function activeBooking(matter: Application, bookingId: unknown): ActiveBooking {
  return bookingsOf(matter).active.find((b) => b.id === bookingId) ?? refuse('bookingId', 'error.booking.notFound');
}

/** The matter's `assessment` shows the earliest place booked, as staff arranging one by hand would write it. */
export function withActive(matter: Application, active: ActiveBooking[], extra: Partial<MatterBookings> = {}): Outcome<Application>['set'] {
  const first = [...active].sort((a, b) => `${a.date}${a.start}`.localeCompare(`${b.date}${b.start}`))[0];
  return {
    bookings: { ...bookingsOf(matter), ...extra, active },
    ...(first ? { assessment: { institutionId: first.institutionId, at: `${first.date}T${first.start}`, mode: first.mode === 'home' ? 'homeVisit' : 'institution', ...(first.sessionId ? { slotId: first.sessionId } : {}) } } : {}),
  };
}

export function whenParams(matter: Application, b: Pick<Booking, 'date' | 'start' | 'end' | 'institutionId' | 'reference'>): Record<string, string> {
  return { date: b.date, start: b.start, end: b.end, reference: b.reference, ...placeParams(matter.districtCode!, b.institutionId) };
}

/** A session this matter may take a seat in now: of its district, open, not begun, of a category it needs, meeting its needs. */
export async function bookableSession(ctx: Ctx, sessionId: unknown, needs: AccessibilityNeed[]): Promise<AssessmentSession> {
  const session = typeof sessionId === 'string' ? await ctx.deps.sessions.get(sessionId) : undefined;
  if (!session || session.districtCode !== ctx.matter.districtCode) return refuse('sessionId', 'error.booking.noSession');
  if (session.status !== 'open') return refuse('sessionId', 'error.booking.closed');
  if (startsAt(session) <= ctx.now) return refuse('sessionId', 'error.booking.past');
  if (!neededCategories(ctx.matter.answers.category).includes(session.category)) return refuse('sessionId', 'error.booking.categoryNotNeeded');
  const unmet = needs.filter((n) => !session.accessibility.includes(n));
  if (unmet.length > 0) return refuse('needs', 'error.booking.needsUnmet');
  return session;
}

/** Whether a seat given back should be kept for someone waiting for that session. */
async function forWaitingList(ctx: Ctx, sessionId: string): Promise<boolean> {
  return (await ctx.deps.sessions.waiting(sessionId)).length > 0;
}

/** Writes that give a booking's place back: the seat (to the waiting list first), or the home team's day. */
export async function placeReleased(ctx: Ctx, b: ActiveBooking): Promise<WritePart[]> {
  if (b.mode === 'home') return [ctx.deps.bookings.homeDayReleased(b.teamId!, b.date)];
  return ctx.deps.sessions.seatReleased(b.sessionId!, b.id, await forWaitingList(ctx, b.sessionId!));
}

const recordOf = (ctx: Ctx, b: ActiveBooking, status: Booking['status'], changes: Partial<Booking> = {}): Booking => ({
  ...b,
  matterId: ctx.matter.id,
  ownerId: ctx.matter.ownerId,
  districtCode: ctx.matter.districtCode!,
  personName: ctx.matter.answers.personName ?? '',
  createdAt: ctx.at,
  updatedAt: ctx.at,
  ...changes,
  status,
});

/** The booking as stored, changed: its stored creation time is kept. */
export async function storedChange(ctx: Ctx, b: ActiveBooking, status: Booking['status'], changes: Partial<Booking> = {}): Promise<WritePart> {
  const stored = await ctx.deps.bookings.get(ctx.matter.id, b.id);
  const record = { ...recordOf(ctx, b, status, changes), createdAt: stored?.createdAt ?? ctx.at };
  return ctx.deps.bookings.changed(record, { status: 'booked', date: b.date, start: b.start });
}

export const cutOff = (ctx: Ctx, b: ActiveBooking) => {
  const hours = ctx.rules.assessmentBooking.changeCutoffHours;
  if (startsAt(b).getTime() - ctx.now.getTime() < hours * 3600_000) refuse('bookingId', 'error.booking.tooLate', { hours: String(hours) });
};

/** The day and window a home visit is moved to: a window of the district's, a day after today. */
export function homeSlot(ctx: Ctx): { date: string; window: string } {
  const { input, rules, today } = ctx;
  const date = String(input.date ?? '');
  const window = String(input.window ?? '');
  if (!rules.assessmentBooking.homeVisitWindows.includes(window)) refuse('window', 'error.choose');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || date <= today) refuse('date', 'error.booking.past');
  return { date, window };
}
