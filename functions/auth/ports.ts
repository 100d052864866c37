import type { Role } from '../shared/http/caller.js';
import type { Language } from '../shared/i18n.js';
import type { SmsMessage } from '../notifications/sms-templates.js';

export interface User {
  userId: string;
  phone: string;
  roles: Role[];
  district?: string;
  /** An assessor's assessment institution (functions/booking/). */
  institution?: string;
  displayName?: string;
  language: Language;
  createdAt: string;
  /** Which channels besides in-app the person wants (in-app always): SMS on and e-mail off unless they chose. */
  channels?: Channels;
  /** A verified e-mail address (verified by a link sent to it). */
  email?: string;
  emailVerifiedAt?: string;
}

export interface Channels {
  sms: boolean;
  email: boolean;
}

/** What a person gets unless they chose otherwise: SMS first for this population, e-mail only once verified and chosen. */
export const DEFAULT_CHANNELS: Channels = { sms: true, email: false };

export interface UserStore {
  findByPhone(phone: string): Promise<User | undefined>;
  get(userId: string): Promise<User | undefined>;
  /** Creates the user unless the phone is taken, in which case the existing user is returned. */
  createOrGet(user: User): Promise<User>;
  setLanguage(userId: string, language: Language): Promise<void>;
  /** The channels the person chose. */
  setChannels(userId: string, channels: Channels): Promise<void>;
  /** A verified e-mail address, or none. */
  setEmail(userId: string, email: string | undefined, at: string): Promise<void>;
  /** Staff of a district (admins manage them). */
  listStaff(districtCode: string): Promise<User[]>;
  /** Everyone with the staff or admin role. */
  listAllStaff(): Promise<User[]>;
  /** Sets roles, district and name; the district index follows. */
  updateRoles(userId: string, change: Pick<User, 'roles' | 'district' | 'displayName' | 'institution'>): Promise<User>;
}

export interface StoredCode {
  codeHash: string;
  expiresAt: number;
  attempts: number;
}

export interface OtpStore {
  saveCode(phone: string, code: StoredCode): Promise<void>;
  /**
   * Counts one attempt at the code, atomically, before it may be compared: answers the code only while
   * it is unused, unexpired and has been tried fewer than `maxAttempts` times, however many attempts
   * arrive at once.
   */
  takeAttempt(phone: string, maxAttempts: number, nowMs: number): Promise<StoredCode | undefined>;
  /** Removes the code if it is still the one checked; false if it was used meanwhile. */
  consumeCode(phone: string, codeHash: string): Promise<boolean>;
}

/** Counts events in a window (an hour, a minute) per scope, atomically; refuses once the limit is reached. */
export interface RateCounter {
  /** True when this event is within `limit` for `scope` in `window`, and counts it. */
  take(scope: string, window: string, limit: number, expiresAt: number): Promise<boolean>;
}

/** Sends an SMS built from a registered template (notifications/sms-templates.ts); never free text. */
export interface SmsSender {
  send(message: { to: string; sms: SmsMessage; dedupeKey: string }): Promise<void>;
}
