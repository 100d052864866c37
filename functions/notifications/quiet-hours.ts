/**
 * Quiet hours: no SMS at night (21:00–08:00 China time ⚙, SMS_QUIET_HOURS), except the codes a person
 * has just asked for. Anything else is held and sent when they end. China keeps one offset all year.
 */
import { shanghaiDate } from '../domain/time.js';

export interface QuietHours {
  /** HH:MM, China time. */
  from: string;
  until: string;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** `21:00-08:00`, or `off` for none. */
export function parseQuietHours(spec: string): QuietHours | undefined {
  if (spec.trim() === 'off') return undefined;
  const [from, until] = spec.split('-').map((s) => s.trim());
  if (!from || !until || !TIME.test(from) || !TIME.test(until) || from === until) throw new Error(`SMS_QUIET_HOURS must be HH:MM-HH:MM or off, not ${spec}`);
  return { from, until };
}

/** When an SMS that would go at `now` may go: undefined for at once, else the instant quiet hours end. */
export function quietUntil(now: Date, quiet: QuietHours | undefined): Date | undefined {
  if (!quiet) return undefined;
  const minute = (now.getUTCHours() * 60 + now.getUTCMinutes() + 8 * 60) % (24 * 60);
  const from = minutesOf(quiet.from);
  const until = minutesOf(quiet.until);
  const overnight = from > until;
  const quietNow = overnight ? minute >= from || minute < until : minute >= from && minute < until;
  if (!quietNow) return undefined;
  let day = shanghaiDate(now);
  if (overnight && minute >= from) day = shanghaiDate(new Date(Date.parse(`${day}T12:00:00+08:00`) + 24 * 3600 * 1000));
  return new Date(`${day}T${quiet.until}:00+08:00`);
}
