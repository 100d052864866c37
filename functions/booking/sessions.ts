/**
 * Sessions as institutions publish them: weekly templates that make sessions on the working days ahead
 * (no session on a public holiday; 调休 make-up days count as working days), sessions added by hand
 * (a holiday included), the roster, and closing a session (the doctor is ill). Managed by the
 * institution's assessors and by the staff of its district.
 */
import type { Caller } from '../shared/http/caller.js';
import { NotFoundError, StaleVersionError } from '../shared/errors.js';
import { findDistrict, rulesInEffect, type District } from '../districts/district-config.js';
import { chineseCalendar } from '../domain/working-days.js';
import { addDays, shanghaiDate } from '../domain/time.js';
import { recordLook } from '../matters/looks.js';
import { runTransition } from '../matters/run-transition.js';
import { placeParams } from './places.js';
import { districtOfInstitution } from './places.js';
import { refuse } from '../certificates/matter-places.js';
import { startsAt, type AccessibilityNeed, type AssessedCategory, type AssessmentSession, type SessionTemplate } from './booking.js';
import type { SessionStore } from './ports.js';
import { nextFreeSessions, type AppointmentDeps } from './appointments.js';

/** The institutions the caller manages: all of a staff member's district, an assessor's own. */
export function managedInstitutions(caller: Caller): { district: District; institutionIds: string[] } | undefined {
  if (caller.roles.includes('staff') && caller.district) {
    const district = findDistrict(caller.district);
    return district ? { district, institutionIds: district.assessmentInstitutions.map((i) => i.id) } : undefined;
  }
  if (caller.roles.includes('assessor') && caller.institution) {
    const district = districtOfInstitution(caller.institution);
    return district ? { district, institutionIds: [caller.institution] } : undefined;
  }
  return undefined;
}

/** The institution named, when the caller manages it; anyone else's is not found. */
function managed(caller: Caller, institutionId: string): District {
  const scope = managedInstitutions(caller);
  if (!scope || !scope.institutionIds.includes(institutionId)) throw new NotFoundError();
  return scope.district;
}

export async function managedSession(deps: { sessions: Pick<SessionStore, 'get'> }, caller: Caller, sessionId: string): Promise<AssessmentSession> {
  const session = await deps.sessions.get(sessionId);
  if (!session) throw new NotFoundError();
  managed(caller, session.institutionId);
  return session;
}

export interface SessionInput {
  institutionId: string;
  start: string;
  end: string;
  category: AssessedCategory;
  seats: number;
  accessibility: AccessibilityNeed[];
}

const newSession = (district: District, input: SessionInput, id: string, date: string, at: string, templateId?: string): AssessmentSession => ({
  id,
  districtCode: district.code,
  institutionId: input.institutionId,
  date,
  start: input.start,
  end: input.end,
  category: input.category,
  seats: input.seats,
  booked: 0,
  held: 0,
  offered: 0,
  seatsLeft: input.seats,
  accessibility: input.accessibility,
  status: 'open',
  ...(templateId ? { templateId } : {}),
  createdAt: at,
});

/** A session added by hand: any day from tomorrow, a public holiday included. */
export async function addSession(deps: { sessions: SessionStore; now: () => Date; newId: () => string }, caller: Caller, input: SessionInput & { date: string }): Promise<AssessmentSession> {
  const district = managed(caller, input.institutionId);
  if (input.date <= shanghaiDate(deps.now())) refuse('date', 'error.booking.past');
  const session = newSession(district, input, deps.newId(), input.date, deps.now().toISOString());
  await deps.sessions.create(session);
  return session;
}

/** The dates a template makes sessions on: its weekday, working days only, from tomorrow for ⚙ weeks; never in a year whose holidays are not published. */
export function templateDates(weekday: number, today: string, weeks: number): string[] {
  const dates: string[] = [];
  for (let i = 1; i <= weeks * 7; i++) {
    const date = addDays(today, i);
    const iso = new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
    if (iso === weekday && chineseCalendar.covers(Number(date.slice(0, 4))) && chineseCalendar.isWorkday(date)) dates.push(date);
  }
  return dates;
}

/** Makes the template's sessions that do not exist yet; a session closed or made before is never made again (its id is the template's and the date's). */
export async function generateSessions(deps: { sessions: SessionStore; now: () => Date }, template: SessionTemplate, existing?: Set<string>): Promise<number> {
  const district = findDistrict(template.districtCode);
  if (!district) return 0;
  const today = shanghaiDate(deps.now());
  const weeks = rulesInEffect(district, today).assessmentBooking.weeksAhead;
  let made = 0;
  for (const date of templateDates(template.weekday, today, weeks)) {
    const id = `${template.id}-${date}`;
    if (existing?.has(id)) continue;
    if (await deps.sessions.create(newSession(district, template, id, date, deps.now().toISOString(), template.id))) made++;
  }
  return made;
}

export async function saveTemplate(deps: { sessions: SessionStore; now: () => Date; newId: () => string }, caller: Caller, input: SessionInput & { weekday: number }) {
  const district = managed(caller, input.institutionId);
  const template: SessionTemplate = { ...input, id: deps.newId(), districtCode: district.code, createdAt: deps.now().toISOString() };
  await deps.sessions.saveTemplate(template);
  return { template, made: await generateSessions(deps, template) };
}

export async function removeTemplate(deps: { sessions: SessionStore }, caller: Caller, institutionId: string, templateId: string): Promise<void> {
  managed(caller, institutionId);
  if (!(await deps.sessions.listTemplates(institutionId)).some((t) => t.id === templateId)) throw new NotFoundError();
  await deps.sessions.removeTemplate(institutionId, templateId);
}

export async function listSessions(deps: { sessions: SessionStore; now: () => Date }, caller: Caller, query: { institutionId?: string; from?: string; to?: string }) {
  const scope = managedInstitutions(caller);
  if (!scope) throw new NotFoundError();
  const ids = query.institutionId ? [query.institutionId] : scope.institutionIds;
  if (ids.some((id) => !scope.institutionIds.includes(id))) throw new NotFoundError();
  const today = shanghaiDate(deps.now());
  const from = query.from ?? today;
  const to = query.to ?? addDays(from, rulesInEffect(scope.district, today).assessmentBooking.weeksAhead * 7);
  if (to < from) refuse('to', 'error.booking.range');
  const [sessions, templates] = await Promise.all([
    Promise.all(ids.map((id) => deps.sessions.listForInstitution(id, from, to))),
    Promise.all(ids.map((id) => deps.sessions.listTemplates(id))),
  ]);
  return {
    from,
    to,
    institutions: scope.district.assessmentInstitutions.filter((i) => ids.includes(i.id)).map((i) => ({ id: i.id, name: i.name, homeVisitTeams: i.homeVisitTeams })),
    sessions: sessions.flat().sort((a, b) => `${a.date}${a.start}`.localeCompare(`${b.date}${b.start}`)),
    templates: templates.flat(),
  };
}

/** The people booked into a session — name, category, needs, reference — each look audited on their matter. */
export async function sessionRoster(deps: AppointmentDeps, caller: Caller, sessionId: string) {
  const session = await managedSession(deps, caller, sessionId);
  const seats = await deps.sessions.roster(sessionId);
  await Promise.all([...new Set(seats.map((s) => s.matterId))].map((matterId) => recordLook(deps, caller, matterId, 'rosterViewed', { sessionId })));
  return {
    session: { ...session, ...placeParams(session.districtCode, session.institutionId) },
    seats: seats.map(({ ownerId: _o, ...seat }) => seat).sort((a, b) => a.personName.localeCompare(b.personName, 'zh-CN')),
    waiting: (await deps.sessions.waiting(sessionId)).length,
  };
}

/**
 * Closes a session: no one can book it any more, then each person booked is released through their
 * matter (one transaction each: seat, booking, status, timeline and one notice naming the earliest
 * comparable seat) and everyone waiting is told once. Running it again finishes what a failure left.
 */
export async function closeSession(deps: AppointmentDeps, caller: Caller, sessionId: string, reason: string) {
  const session = await managedSession(deps, caller, sessionId);
  if (startsAt(session) <= deps.now() && session.status === 'open') refuse('sessionId', 'error.booking.started');
  const at = deps.now().toISOString();
  if (session.status === 'open') await deps.sessions.close(sessionId, { at, reason, byUserId: caller.userId });
  const weeks = rulesInEffect(findDistrict(session.districtCode)!, shanghaiDate(deps.now())).assessmentBooking.weeksAhead;
  const [next] = await nextFreeSessions(deps.sessions, session.districtCode, session.category, deps.now(), weeks, 1, sessionId);
  const nextSession = next ? await deps.sessions.get(next.id) : undefined;
  let released = 0;
  for (const seat of await deps.sessions.roster(sessionId)) {
    if (seat.status !== 'booked') continue;
    for (let attempt = 0; attempt < 3; attempt++) {
      const matter = await deps.matters.get(seat.matterId);
      if (!matter?.bookings?.active.some((b) => b.id === seat.bookingId)) break;
      try {
        await runTransition(deps, { id: matter.id, action: 'releaseClosedSeat', caller, expectedVersion: matter.version, input: { bookingId: seat.bookingId, ...(nextSession ? { next: nextSession } : {}) } });
        released++;
        break;
      } catch (error) {
        if (!(error instanceof StaleVersionError)) throw error;
      }
    }
  }
  let told = 0;
  for (const entry of await deps.sessions.waiting(sessionId)) {
    await deps.sessions.leave(sessionId, entry.matterId);
    const notice = {
      id: `sessionClosed#${sessionId}#${entry.matterId}`,
      type: 'sessionClosed',
      applicationId: entry.matterId,
      recipientUserIds: [entry.ownerId],
      params: { date: session.date, start: session.start, end: session.end, ...placeParams(session.districtCode, session.institutionId), ...(nextSession ? { nextSessionId: nextSession.id, nextDate: nextSession.date, nextStart: nextSession.start } : {}) },
      createdAt: at,
    };
    if (await deps.outbox.putOnce(notice)) told++;
  }
  return { released, waitingTold: told };
}
