import type { Language } from '../shared/i18n.js';

export interface Notice {
  id: string;
  userId: string;
  applicationId: string;
  type: string;
  title: string;
  body: string;
  language: Language;
  createdAt: string;
}

export interface NoticeStore {
  /** Writes the notice unless one with this id exists; true when it was written now. */
  putOnce(notice: Notice): Promise<boolean>;
  listForUser(userId: string, limit: number): Promise<Notice[]>;
}

/** Marks a delivery as taken so a re-delivered stream record never sends twice. */
export interface DeliveryLog {
  claim(eventId: string, channel: string, recipient: string, at: string): Promise<boolean>;
  release(eventId: string, channel: string, recipient: string): Promise<void>;
}

/** Queues a message outside a state change (reminders); an event id already queued is not queued again. */
export interface Outbox {
  putOnce(event: import('../matters/matter.js').OutboxEvent): Promise<boolean>;
  /** Queues a parked event again under its own id, so what was already delivered is not sent twice. */
  replay(event: import('../matters/matter.js').OutboxEvent, at: string): Promise<void>;
  /** Writes: the event, queued in another store's transaction (a seat offered to someone waiting). */
  queued(event: import('../matters/matter.js').OutboxEvent): import('../matters/ports.js').WritePart;
}

/** An outbox event that could not be delivered, kept whole so that it can be replayed at any time. */
export interface FailedNotice {
  id: string;
  /** The stream image as it arrived (DynamoDB JSON). */
  image: string;
  /** Why it failed, without personal data. */
  reason: string;
  at: string;
}

export interface ParkedNotice {
  id: string;
  reason: string;
  attempts: number;
  firstFailedAt: string;
  parkedAt: string;
  /** What the event was about, when it could be read. */
  type?: string;
  applicationId?: string;
}

/** Failed notifications: counted while the stream retries them, then set aside for a person to look at. */
export interface FailedNotices {
  /** Counts one more failed try and keeps the event; answers the number of tries so far. */
  recordAttempt(failure: FailedNotice): Promise<number>;
  /** Sets the event aside: it stops blocking the stream and waits for a person to replay it. */
  park(failure: FailedNotice): Promise<void>;
  listParked(): Promise<ParkedNotice[]>;
  /** The kept image of a parked event, or undefined when there is none (or it was replayed). */
  parkedImage(id: string): Promise<string | undefined>;
  markReplayed(id: string, at: string): Promise<void>;
}
