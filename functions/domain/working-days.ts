/**
 * Time limits (限时办结) in working days on the Chinese calendar, with holidays and make-up working days
 * (调休) from a maintained package, and paused while a matter waits for the applicant.
 */
// The default export: Node's ESM loader sees the package's CommonJS build, bundlers its ES build; both have it.
import chineseDays from 'chinese-days';

const { getHolidaysInRange, isWorkday } = chineseDays;

export interface WorkingDayCalendar {
  isWorkday(date: string): boolean;
  /** False when the calendar has no holiday data for that year yet (the State Council publishes it late in the year before). */
  covers(year: number): boolean;
}

// Whether a year is covered never changes while a function runs; working it out lists a whole year's days.
const coveredYears = new Map<number, boolean>();

export const chineseCalendar: WorkingDayCalendar = {
  isWorkday: (date) => isWorkday(date),
  covers: (year) => {
    if (!coveredYears.has(year)) coveredYears.set(year, getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0);
    return coveredYears.get(year)!;
  },
};

export class CalendarNotPublishedError extends Error {
  constructor(readonly year: number) {
    super(`no holiday calendar for ${year} yet`);
    this.name = 'CalendarNotPublishedError';
  }
}

function nextDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** A stretch of calendar dates during which the clock stands still (from inclusive, to exclusive). Close an open pause at today's date to project a deadline. */
export interface Pause {
  from: string;
  to: string;
}

const inPause = (date: string, pauses: Pause[]) => pauses.some((p) => date >= p.from && date < p.to);

/**
 * The date by which a matter received on `start` must be finished: the `limit`-th working day after
 * `start`, not counting working days inside a pause. The day of receipt itself does not count.
 */
export function deadline(start: string, limit: number, calendar: WorkingDayCalendar, pauses: Pause[] = []): string {
  let date = start;
  let counted = 0;
  while (counted < limit) {
    date = nextDate(date);
    const year = Number(date.slice(0, 4));
    if (!calendar.covers(year)) throw new CalendarNotPublishedError(year);
    if (calendar.isWorkday(date) && !inPause(date, pauses)) counted++;
  }
  return date;
}

/** Working days left from `today` (exclusive) to `due` (inclusive); negative when overdue. */
export function workingDaysLeft(today: string, due: string, calendar: WorkingDayCalendar): number {
  if (today === due) return 0;
  const [from, to, sign] = today < due ? [today, due, 1] : [due, today, -1];
  let date = from;
  let count = 0;
  while (date < to) {
    date = nextDate(date);
    if (calendar.isWorkday(date)) count++;
  }
  return sign * count;
}
