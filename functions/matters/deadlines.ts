/**
 * 限时办结 for one matter: the clock starts when the matter is received, stands still while the
 * citizen is correcting it, and its deadlines are re-projected whenever it restarts.
 */
import type { DeadlineClock } from './matter.js';
import { CalendarNotPublishedError, chineseCalendar, deadline, workingDaysLeft, type WorkingDayCalendar } from '../domain/working-days.js';

/** Used only for a year whose holidays are not published yet; the result is marked provisional. */
const weekdaysOnly: WorkingDayCalendar = {
  isWorkday: (date) => ![0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay()),
  covers: () => true,
};

export interface ProjectedDate {
  date: string;
  provisional: boolean;
}

/** The `days`-th working day after `start`; counts Monday–Friday (provisional) where the holiday calendar has no data yet. */
export function workingDaysAfter(start: string, days: number, pauses: { from: string; to: string }[] = []): ProjectedDate {
  try {
    return { date: deadline(start, days, chineseCalendar, pauses), provisional: false };
  } catch (error) {
    if (!(error instanceof CalendarNotPublishedError)) throw error;
    return { date: deadline(start, days, weekdaysOnly, pauses), provisional: true };
  }
}

export function daysLeft(today: string, due: string): number {
  return workingDaysLeft(today, due, chineseCalendar);
}

function project(clock: Omit<DeadlineClock, 'promisedDue' | 'statutoryDue' | 'provisional'>, today: string): DeadlineClock {
  // A running pause is counted up to today: the projection moves on each day the citizen takes.
  const pauses = clock.pauses.map((p) => ({ from: p.from, to: p.to ?? today }));
  const promised = workingDaysAfter(clock.receivedOn, clock.promisedDays, pauses);
  const statutory = workingDaysAfter(clock.receivedOn, clock.statutoryDays, pauses);
  return {
    ...clock,
    promisedDue: promised.date,
    statutoryDue: statutory.date,
    ...(promised.provisional || statutory.provisional ? { provisional: true } : {}),
  };
}

export function startClock(limits: { promised: number; statutory: number }, today: string): DeadlineClock {
  return project({ receivedOn: today, promisedDays: limits.promised, statutoryDays: limits.statutory, pauses: [] }, today);
}

export function pauseClock(clock: DeadlineClock, today: string): DeadlineClock {
  return project({ ...clock, pauses: [...clock.pauses, { from: today }] }, today);
}

export function resumeClock(clock: DeadlineClock, today: string): DeadlineClock {
  return project({ ...clock, pauses: clock.pauses.map((p) => (p.to ? p : { ...p, to: today })) }, today);
}

export function isPaused(clock: DeadlineClock | undefined): boolean {
  return clock?.pauses.some((p) => !p.to) ?? false;
}
