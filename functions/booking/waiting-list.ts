/**
 * The waiting list of a full session. A seat given back while people wait is held for the list (it is
 * never free to everyone meanwhile); the first in line is offered it for ⚙ hours by SMS and in-app,
 * and takes it with one tap (booking from the offer). An offer that runs out goes to the next person;
 * with nobody left, the seat is free for everyone again.
 */
import type { Caller } from '../shared/http/caller.js';
import { matterFor } from '../matters/access.js';
import { findDistrict, rulesInEffect } from '../districts/district-config.js';
import { shanghaiDate, shanghaiDateTime } from '../domain/time.js';
import { ValidationError } from '../shared/errors.js';
import type { MatterStore } from '../matters/ports.js';
import type { Outbox } from '../notifications/ports.js';
import type { Application } from '../certificates/application.js';
import { bookingsOf, refuse } from '../certificates/matter-places.js';
import { neededCategories, placeParams } from './places.js';
import { startsAt, type AccessibilityNeed, type WaitEntry } from './booking.js';
import type { SessionStore } from './ports.js';

export interface WaitingListDeps {
  sessions: SessionStore;
  outbox: Pick<Outbox, 'queued'>;
  now: () => Date;
}

const MAX_ROUNDS = 50;

/** Offers every seat held for the list and not yet offered, to the first people in line without an offer. */
export async function assignOffers(deps: WaitingListDeps, sessionId: string): Promise<number> {
  let offered = 0;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const session = await deps.sessions.get(sessionId);
    if (!session || session.status !== 'open' || session.held <= session.offered) return offered;
    const next = (await deps.sessions.waiting(sessionId)).find((w) => !w.offer);
    if (!next) {
      await deps.sessions.unhold(sessionId);
      continue;
    }
    const now = deps.now();
    const hours = rulesInEffect(findDistrict(session.districtCode)!, shanghaiDate(now)).assessmentBooking.offerHoldHours;
    const at = now.toISOString();
    const expires = new Date(now.getTime() + hours * 3600_000);
    // A seat that starts before the offer would run out is held only until shortly before it starts.
    const until = new Date(Math.min(expires.getTime(), startsAt(session).getTime() - 3600_000));
    if (until <= now) {
      await deps.sessions.unhold(sessionId);
      continue;
    }
    const notice = deps.outbox.queued({
      id: `booking.offer#${sessionId}#${next.matterId}#${at}`,
      type: 'booking.offer',
      applicationId: next.matterId,
      recipientUserIds: [next.ownerId],
      params: { date: session.date, start: session.start, end: session.end, until: shanghaiDateTime(until), sessionId, ...placeParams(session.districtCode, session.institutionId) },
      createdAt: at,
    });
    if (await deps.sessions.offer(next, at, until.toISOString(), [notice])) offered++;
  }
  return offered;
}

/** Offers that ran out: the person leaves the list, and the seat is offered to the next. */
export async function expireOffers(deps: WaitingListDeps, sessionId: string): Promise<number> {
  const now = deps.now().toISOString();
  let expired = 0;
  for (const entry of await deps.sessions.waiting(sessionId)) {
    if (entry.offer && entry.offer.expiresAt <= now && (await deps.sessions.expire(entry))) expired++;
  }
  await assignOffers(deps, sessionId);
  return expired;
}

/** Waits for a full session the matter may book: of its district, open, not begun, of a category it needs and has not booked. */
export async function joinWaitingList(
  deps: WaitingListDeps & { matters: Pick<MatterStore<Application>, 'get'>; partSources?: import('../matters/access.js').PartSource[] },
  caller: Caller,
  id: string,
  input: { sessionId: string; needs?: AccessibilityNeed[] },
): Promise<WaitEntry> {
  const matter = await matterFor(deps, id, caller, ['applicant', 'staff']);
  if (!['accepted', 'assessment_scheduled'].includes(matter.status)) refuse('sessionId', 'error.booking.notNow');
  const session = await deps.sessions.get(input.sessionId);
  if (!session || session.districtCode !== matter.districtCode) return refuse('sessionId', 'error.booking.noSession');
  if (startsAt(session) <= deps.now()) refuse('sessionId', 'error.booking.past');
  if (!neededCategories(matter.answers.category).includes(session.category)) refuse('sessionId', 'error.booking.categoryNotNeeded');
  if (bookingsOf(matter).active.some((b) => b.categories.includes(session.category))) refuse('sessionId', 'error.booking.alreadyBooked');
  const entry: WaitEntry = {
    sessionId: session.id,
    matterId: matter.id,
    ownerId: matter.ownerId,
    category: session.category,
    needs: input.needs ?? bookingsOf(matter).needs,
    joinedAt: deps.now().toISOString(),
  };
  const joined = await deps.sessions.join(entry);
  if (joined === 'notFull') throw new ValidationError([{ field: 'sessionId', code: session.status === 'open' ? 'error.waitingList.seatsLeft' : 'error.booking.closed' }]);
  return entry;
}

export async function leaveWaitingList(
  deps: WaitingListDeps & { matters: Pick<MatterStore<Application>, 'get'>; partSources?: import('../matters/access.js').PartSource[] },
  caller: Caller,
  id: string,
  sessionId: string,
): Promise<void> {
  await matterFor(deps, id, caller, ['applicant', 'staff']);
  await deps.sessions.leave(sessionId, id);
  await assignOffers(deps, sessionId);
}
