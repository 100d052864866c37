/** The ports of assessment booking: what the use-cases need of storage (adapters in functions/adapters/). */
import type { WritePart } from '../matters/ports.js';
import type { AssessedCategory, AssessmentSession, Booking, Seat, SessionTemplate, WaitEntry } from './booking.js';

/** The sessions, their rosters, waiting lists and templates (docs/data-model.md rows 26–29). */
export interface SessionStore {
  get(id: string): Promise<AssessmentSession | undefined>;
  /** Writes a new session; false when one with its id exists (a template's session is made once). */
  create(session: AssessmentSession): Promise<boolean>;
  /** Open and closed sessions of a district for a category, by date (YYYY-MM-DD, inclusive). */
  listForCategory(districtCode: string, category: AssessedCategory, from: string, to: string): Promise<AssessmentSession[]>;
  listForInstitution(institutionId: string, from: string, to: string): Promise<AssessmentSession[]>;
  roster(sessionId: string): Promise<Seat[]>;
  /** Open → closed; false when it was closed already. */
  close(sessionId: string, closed: NonNullable<AssessmentSession['closed']>): Promise<boolean>;
  saveTemplate(template: SessionTemplate): Promise<void>;
  listTemplates(institutionId: string): Promise<SessionTemplate[]>;
  removeTemplate(institutionId: string, templateId: string): Promise<void>;

  /** Writes: one seat taken (only while one is left, or from the seats held for this person's offer), its roster line. */
  seatTaken(session: AssessmentSession, seat: Seat, fromOffer?: WaitEntry): WritePart[];
  /** Writes: the seat given back and its roster line gone; kept for the waiting list when someone waits. */
  seatReleased(sessionId: string, bookingId: string, toWaitingList: boolean): WritePart[];
  /** Writes: the roster line's status (checked in, missed). */
  seatStatus(sessionId: string, bookingId: string, from: Seat['status'], to: Seat['status']): WritePart;

  waiting(sessionId: string): Promise<WaitEntry[]>;
  /** Joins a full, open session's waiting list; says so when already on it, or when the session has seats (or closed). */
  join(entry: WaitEntry): Promise<'joined' | 'already' | 'notFull'>;
  leave(sessionId: string, matterId: string): Promise<void>;
  /** Offers a held seat to this person; false when it was offered meanwhile or nothing is held. */
  offer(entry: WaitEntry, at: string, expiresAt: string, also?: WritePart[]): Promise<boolean>;
  /** An offer that ran out: the person leaves the list, the seat stays held for the next. */
  expire(entry: WaitEntry): Promise<boolean>;
  /** A held seat nobody waits for any more goes back to everyone. */
  unhold(sessionId: string): Promise<boolean>;
  /** The waiting lists a matter is on (for its own page; may lag a moment). */
  waitsOf(matterId: string): Promise<WaitEntry[]>;
}

/** Bookings, their references and home-visit days (rows 30–32). */
export interface BookingStore {
  get(matterId: string, bookingId: string): Promise<Booking | undefined>;
  listForMatter(matterId: string): Promise<Booking[]>;
  byReference(reference: string): Promise<{ matterId: string; bookingId: string } | undefined>;
  /** Writes: a new booking and its reference. */
  created(booking: Booking): WritePart[];
  /** Writes: the booking as it is now, if it was still `expected` (status and session) when read. */
  changed(booking: Booking, expected: Pick<Booking, 'status' | 'date' | 'start'>): WritePart;
  /** Writes: one home visit of a team on a day, while the team has capacity left. */
  homeDayTaken(teamId: string, date: string, capacity: number): WritePart;
  homeDayReleased(teamId: string, date: string): WritePart;
  /** Home visits each team has on each day from `from` to `to`. */
  homeDays(teamIds: string[], from: string, to: string): Promise<{ teamId: string; date: string; count: number }[]>;
}
