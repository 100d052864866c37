/**
 * What the applicant (or district staff on their behalf) does with the assessment appointment: see the
 * days with free seats, book, move, cancel, wait for a full day and take a seat offered. Every change
 * of the matter goes through the kernel (functions/certificates/booking-steps.ts).
 */
import { encode } from 'uqr';
import type { Caller } from '../shared/http/caller.js';
import { matterFor } from '../matters/access.js';
import { recordLook } from '../matters/looks.js';
import { runTransition, type KernelDeps } from '../matters/run-transition.js';
import { versionOf } from '../matters/matter.js';
import { findDistrict, rulesInEffect } from '../districts/district-config.js';
import { addDays, shanghaiDate } from '../domain/time.js';
import { ValidationError } from '../shared/errors.js';
import type { Application } from '../certificates/application.js';
import { bookingsOf, refuse } from '../certificates/matter-places.js';
import type { CertificateDeps } from '../certificates/matter-types.js';
import type { Outbox } from '../notifications/ports.js';
import type { HistoryStore } from '../matters/ports.js';
import { institutionOf, neededCategories } from './places.js';
import { SeatTakenError, startsAt, summaryOf, type AccessibilityNeed, type ActiveBooking, type AssessedCategory, type SessionSummary } from './booking.js';
import type { SessionStore } from './ports.js';
import { assignOffers } from './waiting-list.js';

export type AppointmentDeps = KernelDeps<Application> & CertificateDeps & { outbox: Outbox; history: Pick<HistoryStore, 'recordAudit'> };

/** Whoever books: the applicant, or the district's staff for them. */
export const BOOKERS = ['applicant', 'staff'] as const;

const rulesOf = (matter: Application, today: string) => rulesInEffect(findDistrict(matter.districtCode!)!, today);

/** A QR code as one SVG path (1 unit a module, 4 units of quiet zone): the page draws it, no library in the browser. */
export function qrPath(text: string): { size: number; path: string } {
  const { size, data } = encode(text, { ecc: 'M', border: 4 });
  const path = data.flatMap((row, y) => row.flatMap((dark, x) => (dark ? [`M${x} ${y}h1v1h-1z`] : []))).join('');
  return { size, path };
}

/** The next sessions with a free seat for a category, earliest first. */
export async function nextFreeSessions(sessions: Pick<SessionStore, 'listForCategory'>, districtCode: string, category: AssessedCategory, now: Date, weeks: number, limit = 3, except?: string): Promise<SessionSummary[]> {
  const today = shanghaiDate(now);
  const found = await sessions.listForCategory(districtCode, category, today, addDays(today, weeks * 7));
  return found.filter((s) => s.status === 'open' && s.seatsLeft > 0 && s.id !== except && startsAt(s) > now).slice(0, limit).map(summaryOf);
}

/** A booking's pass: reference, place and how to get there, what to bring, the QR code the assessor scans. */
function pass(matter: Application, b: ActiveBooking, today: string) {
  const institution = institutionOf(matter.districtCode!, b.institutionId);
  return {
    ...b,
    institution: institution ? { id: institution.id, name: institution.name, address: institution.address, ...(institution.directions ? { directions: institution.directions } : {}) } : undefined,
    whatToBring: rulesOf(matter, today).assessmentBooking.whatToBring,
    qr: qrPath(b.reference),
  };
}

/** Everything the booking pages show for one matter. */
export async function appointmentOverview(deps: AppointmentDeps, caller: Caller, id: string) {
  const matter = await matterFor(deps, id, caller, BOOKERS);
  if (matter.ownerId !== caller.userId) await recordLook(deps, caller, id, 'bookingViewed');
  const now = deps.now();
  const today = shanghaiDate(now);
  const booking = bookingsOf(matter);
  const district = findDistrict(matter.districtCode ?? '');
  const rules = district ? rulesInEffect(district, today).assessmentBooking : undefined;
  const needed = ['new', 'change'].includes(matter.matter) ? neededCategories(matter.answers.category) : [];
  const waits = await deps.sessions.waitsOf(matter.id);
  const waitSessions = await Promise.all(waits.map((w) => deps.sessions.get(w.sessionId)));
  return {
    application: { ...versionOf(matter), reference: matter.reference, matter: matter.matter, personName: matter.answers.personName, category: matter.answers.category },
    needed,
    toBook: needed.filter((c) => !booking.active.some((b) => b.categories.includes(c))),
    active: booking.active.map((b) => pass(matter, b, today)),
    needs: booking.needs,
    missed: booking.missed,
    ...(booking.homeVisit ? { homeVisit: booking.homeVisit } : {}),
    waits: waits.map((w, i) => ({ ...w, ...(waitSessions[i] ? { session: summaryOf(waitSessions[i]!) } : {}) })),
    ...(rules ? { rules: { maxReschedules: rules.maxReschedules, changeCutoffHours: rules.changeCutoffHours, offerHoldHours: rules.offerHoldHours, homeVisitWindows: rules.homeVisitWindows } } : {}),
    townships: district?.townships ?? [],
    institutions: (district?.assessmentInstitutions ?? []).map((i) => ({ id: i.id, name: i.name, address: i.address })),
  };
}

/** The district's sessions for the categories this matter needs, from `from` to `to`, full ones too (a full day can be waited for). */
export async function availability(deps: AppointmentDeps, caller: Caller, id: string, query: { category?: AssessedCategory; from?: string; to?: string }) {
  const matter = await matterFor(deps, id, caller, BOOKERS);
  const now = deps.now();
  const today = shanghaiDate(now);
  const weeks = rulesOf(matter, today).assessmentBooking.weeksAhead;
  const needed = neededCategories(matter.answers.category);
  if (query.category && !needed.includes(query.category)) refuse('category', 'error.booking.categoryNotNeeded');
  const from = query.from && query.from > today ? query.from : today;
  const to = query.to && query.to < addDays(today, weeks * 7) ? query.to : addDays(today, weeks * 7);
  if (to < from) refuse('to', 'error.booking.range');
  const needs = bookingsOf(matter).needs;
  const lists = await Promise.all((query.category ? [query.category] : needed).map((c) => deps.sessions.listForCategory(matter.districtCode!, c, from, to)));
  const sessions = lists
    .flat()
    .filter((s) => s.status === 'open' && startsAt(s) > now)
    .sort((a, b) => `${a.date}${a.start}`.localeCompare(`${b.date}${b.start}`))
    .map((s) => ({ ...summaryOf(s), meetsNeeds: needs.every((n) => s.accessibility.includes(n)) }));
  return { from, to, needs, sessions };
}

/** A loser of a race for the last seat is told plainly and shown the next free ones. */
async function withAlternatives<R>(deps: AppointmentDeps, matter: Application, sessionId: unknown, run: () => Promise<R>): Promise<R> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof SeatTakenError) || error.alternatives.length) throw error;
    const session = typeof sessionId === 'string' ? await deps.sessions.get(sessionId) : undefined;
    const weeks = rulesOf(matter, shanghaiDate(deps.now())).assessmentBooking.weeksAhead;
    throw new SeatTakenError(session ? await nextFreeSessions(deps.sessions, session.districtCode, session.category, deps.now(), weeks, 3, session.id) : []);
  }
}

export interface BookInput {
  version: number;
  sessionId: string;
  needs?: AccessibilityNeed[];
  fromWaitingList?: boolean;
}

export async function bookSeat(deps: AppointmentDeps, caller: Caller, id: string, input: BookInput) {
  const matter = await matterFor(deps, id, caller, BOOKERS);
  // Read first: when the session is already full, losers are answered without a transaction.
  const updated = await withAlternatives(deps, matter, input.sessionId, () =>
    runTransition(deps, { id, action: 'book', caller, expectedVersion: input.version, input: { ...input } }),
  );
  const booked = bookingsOf(updated).active.find((b) => b.sessionId === input.sessionId)!;
  return { application: versionOf(updated), booking: pass(updated, booked, shanghaiDate(deps.now())) };
}

/** Moves a booking to another session (or a home visit to another day and window); the freed seat goes to whoever waits for it. */
export async function reschedule(deps: AppointmentDeps, caller: Caller, id: string, bookingId: string, input: { version: number; sessionId?: string; date?: string; window?: string }) {
  const matter = await matterFor(deps, id, caller, BOOKERS);
  const before = bookingsOf(matter).active.find((b) => b.id === bookingId);
  if (before?.mode === 'session' && !input.sessionId) throw new ValidationError([{ field: 'sessionId', code: 'error.choose' }]);
  const updated = await withAlternatives(deps, matter, input.sessionId, () =>
    runTransition(deps, { id, action: 'rescheduleBooking', caller, expectedVersion: input.version, input: { ...input, bookingId } }),
  );
  if (before?.sessionId) await assignOffers(deps, before.sessionId);
  const moved = bookingsOf(updated).active.find((b) => b.id === bookingId)!;
  return { application: versionOf(updated), booking: pass(updated, moved, shanghaiDate(deps.now())) };
}

export async function cancelBooking(deps: AppointmentDeps, caller: Caller, id: string, bookingId: string, version: number) {
  const matter = await matterFor(deps, id, caller, BOOKERS);
  const before = bookingsOf(matter).active.find((b) => b.id === bookingId);
  const updated = await runTransition(deps, { id, action: 'cancelBooking', caller, expectedVersion: version, input: { bookingId } });
  if (before?.sessionId) await assignOffers(deps, before.sessionId);
  return { application: versionOf(updated) };
}
