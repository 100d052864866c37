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
  /** Whose matter it is, masked, when the notice goes to someone else (the person, a relative). */
  about?: string;
  /** The recipient may not open the matter (a relative who only receives messages). */
  noLink?: boolean;
  /** The SMS of this notice could not be delivered after every retry: the notice says so. */
  smsFailed?: boolean;
}

export interface NoticeStore {
  /** Writes the notice unless one with this id exists; true when it was written now. */
  putOnce(notice: Notice): Promise<boolean>;
  listForUser(userId: string, limit: number): Promise<Notice[]>;
  /** Marks a notice whose SMS finally failed. */
  markSmsFailed(userId: string, eventId: string): Promise<void>;
}

/** An SMS kept through quiet hours, sent when they end (docs/data-model.md row 50). */
export interface HeldSms {
  dueAt: string;
  eventId: string;
  /** The account it is for, or `direct` for a message to a number (an invitation). */
  recipient: string;
  to: string;
  sms: import('./sms-templates.js').SmsMessage;
  /** The matter it is about, so a relative whose delegation ended meanwhile gets nothing. */
  applicationId?: string;
  /** Sent only if the recipient still hears about the matter when it is due (a relative, the person). */
  recheck?: boolean;
  /** Who the recipient is to the matter, for the record when it cannot be sent. */
  role?: 'owner' | 'person' | 'delegate' | 'direct';
  attempts?: number;
}

export interface HeldSmsStore {
  hold(message: HeldSms): Promise<void>;
  /** Every held SMS due at or before `at`. */
  due(at: string): Promise<HeldSms[]>;
  remove(message: HeldSms): Promise<void>;
  /** Counts a failed try; answers the tries so far. */
  failedOnce(message: HeldSms): Promise<number>;
}

/** E-mail: SES on AWS, the local message sink locally. */
export interface EmailSender {
  send(message: { to: string; subject: string; text: string; dedupeKey: string }): Promise<void>;
}

/** Marks a delivery as taken so a re-delivered stream record never sends twice. */
export interface DeliveryLog {
  claim(eventId: string, channel: string, recipient: string, at: string): Promise<boolean>;
  release(eventId: string, channel: string, recipient: string): Promise<void>;
}

/** Queues a message outside a state change (reminders); an event id already queued is not queued again. */
export interface Outbox {
  putOnce(event: import('../matters/matter.js').OutboxEvent): Promise<boolean>;
  /** Queues a message outside a state change (an invitation, a code), kept in the table only `retentionSeconds`. */
  queue(event: import('../matters/matter.js').OutboxEvent, retentionSeconds: number): Promise<void>;
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
