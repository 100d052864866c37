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
  putOnce(event: import('../applications/application.js').OutboxEvent): Promise<boolean>;
}
