/**
 * Assessment appointments (评残预约): the sessions institutions publish, the seats people book in them,
 * the waiting list, and home visits (上门评残). A booking belongs to a certificate matter: the matter's
 * status and its `bookings` field change in the same transaction as the seat (functions/certificates/booking-steps.ts).
 */

/** The categories a doctor assesses (1–6); a multiple disability (7) is assessed in each of its own. */
export const ASSESSED_CATEGORIES = ['1', '2', '3', '4', '5', '6'] as const;
export type AssessedCategory = (typeof ASSESSED_CATEGORIES)[number];

/** What a person may need at the assessment, asked once at booking; a session says which it can meet. */
export const ACCESSIBILITY_NEEDS = ['wheelchair', 'signLanguage', 'companion', 'lieDown', 'largePrint'] as const;
export type AccessibilityNeed = (typeof ACCESSIBILITY_NEEDS)[number];

/** Why a person cannot travel to the institution (上门评残). */
export const HOME_VISIT_REASONS = ['bedridden', 'severePhysical', 'multiple', 'veryOld', 'other'] as const;
export type HomeVisitReason = (typeof HOME_VISIT_REASONS)[number];

/** A session an institution publishes: one doctor, one category, a number of seats. */
export interface AssessmentSession {
  id: string;
  districtCode: string;
  institutionId: string;
  /** YYYY-MM-DD and HH:MM in Asia/Shanghai. */
  date: string;
  start: string;
  end: string;
  category: AssessedCategory;
  seats: number;
  /** Seats taken by bookings. */
  booked: number;
  /** Seats freed while people were waiting: kept for the waiting list, `offered` of them offered to someone now. */
  held: number;
  offered: number;
  /** seats − booked − held: what anyone may book (kept as an attribute so one condition guards it). */
  seatsLeft: number;
  /** The needs this session can meet (step-free access, an interpreter, a bed, …). */
  accessibility: AccessibilityNeed[];
  status: 'open' | 'closed';
  /** The weekly template that made it; a session added by hand has none. */
  templateId?: string;
  closed?: { at: string; reason: string; byUserId: string };
  createdAt: string;
}

/** "Every Tuesday morning, physical, 12 seats": makes sessions on the working days ahead. */
export interface SessionTemplate {
  id: string;
  districtCode: string;
  institutionId: string;
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  start: string;
  end: string;
  category: AssessedCategory;
  seats: number;
  accessibility: AccessibilityNeed[];
  createdAt: string;
}

export type BookingStatus = 'booked' | 'checkedIn' | 'missed' | 'cancelled' | 'released';

/** A person's place: a seat in a session, or a home visit on a day and in a two-hour window. */
export interface Booking {
  id: string;
  /** What the person shows or says at the door (the QR code holds it). */
  reference: string;
  matterId: string;
  ownerId: string;
  districtCode: string;
  mode: 'session' | 'home';
  /** A session's one category; a home visit assesses every category the matter needs. */
  categories: AssessedCategory[];
  needs: AccessibilityNeed[];
  institutionId: string;
  sessionId?: string;
  teamId?: string;
  date: string;
  start: string;
  end: string;
  status: BookingStatus;
  reschedules: number;
  personName: string;
  createdAt: string;
  updatedAt: string;
}

/** One line of a session's roster: all an assessor sees of a person. */
export interface Seat {
  bookingId: string;
  reference: string;
  matterId: string;
  ownerId: string;
  personName: string;
  category: AssessedCategory;
  needs: AccessibilityNeed[];
  status: 'booked' | 'checkedIn' | 'missed';
}

/** Someone waiting for a full session; `offer` while a freed seat is held for them. */
export interface WaitEntry {
  sessionId: string;
  matterId: string;
  ownerId: string;
  category: AssessedCategory;
  needs: AccessibilityNeed[];
  joinedAt: string;
  offer?: { at: string; expiresAt: string };
}

/** A seat went while the person was choosing: tell them and show the next free ones (409). */
export class SeatTakenError extends Error {
  constructor(readonly alternatives: SessionSummary[] = []) {
    super('seat taken');
    this.name = 'SeatTakenError';
  }
}

/** What a person choosing a seat needs to know of a session. */
export interface SessionSummary {
  id: string;
  institutionId: string;
  date: string;
  start: string;
  end: string;
  category: AssessedCategory;
  seatsLeft: number;
  accessibility: AccessibilityNeed[];
}

export const summaryOf = (s: AssessmentSession): SessionSummary => ({
  id: s.id,
  institutionId: s.institutionId,
  date: s.date,
  start: s.start,
  end: s.end,
  category: s.category,
  seatsLeft: s.seatsLeft,
  accessibility: s.accessibility,
});

/** A booking as the matter keeps it while it holds a place (booked) or was used (checked in). */
export type ActiveBooking = Pick<Booking, 'id' | 'reference' | 'mode' | 'categories' | 'institutionId' | 'sessionId' | 'teamId' | 'date' | 'start' | 'end' | 'reschedules' | 'needs'> & {
  status: 'booked' | 'checkedIn';
};

/** 上门评残: asked for with a reason, approved or refused by the district, then given a day and a window. */
export interface HomeVisitRequest {
  status: 'requested' | 'approved' | 'refused' | 'scheduled';
  reason: HomeVisitReason;
  note?: string;
  townshipId: string;
  community: string;
  requestedAt: string;
  decidedAt?: string;
  refusal?: string;
}

/** What a certificate matter records of its assessment appointments (Application.bookings). */
export interface MatterBookings {
  active: ActiveBooking[];
  /** Times the person did not come; the second is flagged for staff. */
  missed: number;
  /** Asked once, at the first booking, and shown to the assessor. */
  needs: AccessibilityNeed[];
  homeVisit?: HomeVisitRequest;
}

export const noBookings = (): MatterBookings => ({ active: [], missed: 0, needs: [] });

/** When a session or visit starts, as an instant: dates and times are Asia/Shanghai (UTC+8, no daylight saving). */
export const startsAt = (b: Pick<Booking, 'date' | 'start'>): Date => new Date(`${b.date}T${b.start}:00+08:00`);
