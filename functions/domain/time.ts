/** Instants are stored in UTC ISO-8601; calendar dates are those of Asia/Shanghai. */

const shanghaiDateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** YYYY-MM-DD in Asia/Shanghai. */
export function shanghaiDate(instant: Date): string {
  return shanghaiDateFormat.format(instant);
}

/** The calendar date `months` later (or earlier) than `date`, both YYYY-MM-DD. */
export function addMonths(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

/** The calendar date `days` later (or earlier) than `date`, both YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The last day of a validity of `years` starting on `date`. */
export function lastDayAfterYears(date: string, years: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** An instant as a person in China reads it: YYYY-MM-DD HH:MM, Asia/Shanghai. */
export function shanghaiDateTime(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** Seconds until the next midnight in Asia/Shanghai (China has no daylight saving: UTC+8 all year). */
export function secondsToShanghaiMidnight(instant: Date): number {
  const shanghaiMs = instant.getTime() + 8 * 3600_000;
  return Math.ceil((86_400_000 - (shanghaiMs % 86_400_000)) / 1000);
}
