/**
 * The appointment jobs, run every hour (on AWS by a schedule, locally with the reminders): weekly
 * templates make the sessions now in reach, offers that ran out move on to the next person waiting,
 * and the reminder SMS go out the day before (⚙ days, from ⚙ o'clock) and on the morning itself. Each
 * reminder has a fixed id, so running the job twice sends nothing twice.
 */
import type { OutboxEvent } from '../matters/matter.js';
import type { MatterStore } from '../matters/ports.js';
import type { Outbox } from '../notifications/ports.js';
import type { Application } from '../certificates/application.js';
import { bookingsOf } from '../certificates/matter-places.js';
import { rulesInEffect, type District } from '../districts/district-config.js';
import { addDays, shanghaiDate } from '../domain/time.js';
import { placeParams } from './places.js';
import { startsAt } from './booking.js';
import type { SessionStore } from './ports.js';
import { generateSessions } from './sessions.js';
import { expireOffers } from './waiting-list.js';

export interface BookingJobDeps {
  sessions: SessionStore;
  matters: Pick<MatterStore<Application>, 'listByDistrict'>;
  outbox: Pick<Outbox, 'putOnce' | 'queued'>;
  now: () => Date;
}

const shanghaiHour = (now: Date) => new Date(now.getTime() + 8 * 3600_000).getUTCHours();

export async function runBookingJobs(deps: BookingJobDeps, districts: readonly District[]): Promise<{ made: number; expired: number; reminders: number }> {
  const now = deps.now();
  const today = shanghaiDate(now);
  const hour = shanghaiHour(now);
  let made = 0;
  let expired = 0;
  let reminders = 0;
  const remind = async (event: OutboxEvent) => {
    if (await deps.outbox.putOnce(event)) reminders++;
  };

  for (const district of districts) {
    const rules = rulesInEffect(district, today).assessmentBooking;
    const reminderDay = addDays(today, rules.reminderDaysBefore);
    const dueDates = [...(hour >= rules.reminderHour ? [reminderDay] : []), ...(hour >= rules.morningReminderHour ? [today] : [])];
    const reminder = (kind: 'reminder.booking' | 'reminder.bookingToday', at: { id: string; matterId: string; ownerId: string; reference: string; date: string; start: string; end: string; institutionId: string; home?: boolean }) =>
      remind({
        id: `${kind}#${at.id}#${at.date}T${at.start}`,
        type: kind,
        applicationId: at.matterId,
        recipientUserIds: [at.ownerId],
        params: { date: at.date, start: at.start, end: at.end, reference: at.reference, ...placeParams(district.code, at.institutionId), ...(at.home ? { home: 'true' } : {}) },
        createdAt: now.toISOString(),
      });

    for (const institution of district.assessmentInstitutions) {
      const sessions = await deps.sessions.listForInstitution(institution.id, today, addDays(today, rules.weeksAhead * 7 + 1));
      const ids = new Set(sessions.map((s) => s.id));
      for (const template of await deps.sessions.listTemplates(institution.id)) made += await generateSessions(deps, template, ids);
      for (const session of sessions) {
        if (session.status !== 'open') continue;
        if (session.held > 0) expired += await expireOffers(deps, session.id);
        if (!dueDates.includes(session.date) || startsAt(session) <= now) continue;
        const kind = session.date === today ? 'reminder.bookingToday' : 'reminder.booking';
        for (const seat of await deps.sessions.roster(session.id)) {
          if (seat.status === 'booked') await reminder(kind, { ...session, id: seat.bookingId, matterId: seat.matterId, ownerId: seat.ownerId, reference: seat.reference });
        }
      }
    }

    // Home visits: the same reminders, from the matters that have one.
    if (dueDates.length === 0) continue;
    for (const matter of await deps.matters.listByDistrict(district.code, { openOnly: true })) {
      for (const b of bookingsOf(matter).active) {
        if (b.mode !== 'home' || b.status !== 'booked' || !dueDates.includes(b.date) || startsAt(b) <= now) continue;
        await reminder(b.date === today ? 'reminder.bookingToday' : 'reminder.booking', { ...b, matterId: matter.id, ownerId: matter.ownerId, home: true });
      }
    }
  }
  return { made, expired, reminders };
}
