/**
 * A delegation: the person (or their guardian on record) lets a relative follow their matters, act on
 * them and/or receive their messages. Read on every request: what it allows ends the moment it ends.
 */
import type { MatterRole } from '../matters/matter.js';

export const SCOPES = ['follow', 'act', 'receive'] as const;
/** `follow`: status, timeline and notices; `act`: upload, answer corrections, book, sign a promise; `receive`: SMS and in-app messages of every step. */
export type Scope = (typeof SCOPES)[number];

/** The relative's relationship to the person ("李娜 (daughter)"). */
export const DELEGATE_RELATIONSHIPS = [
  'daughter',
  'son',
  'wife',
  'husband',
  'mother',
  'father',
  'sister',
  'brother',
  'granddaughter',
  'grandson',
  'daughterInLaw',
  'sonInLaw',
  'otherRelative',
  'friend',
] as const;
export type Relationship = (typeof DELEGATE_RELATIONSHIPS)[number];

/** Who gave it: the person themselves, or their guardian on record for a minor or someone under guardianship. */
export type GrantorKind = 'person' | 'guardian';
export type EndReason = 'ended' | 'declined' | 'expired' | 'cameOfAge' | 'replaced';

/** The wording the person agreed to; a new text gets a new version, and each delegation keeps the one it was given under. */
export const CONSENT_VERSION = '2026-01';

export interface Delegation {
  id: string;
  /** The person's key (matters/subject.ts) and their opaque id as pages name them. */
  personKey: string;
  personId: string;
  /** The person's name as on record, shown to the relative. */
  personName: string;
  grantor: { kind: GrantorKind; userId?: string; name?: string };
  /** `counter`: made on paper at the counter and recorded by staff, with the scan kept on a matter. */
  source: 'online' | 'counter';
  delegateName: string;
  relationship: Relationship;
  delegatePhone: string;
  /** Set when the invitation is accepted (or at the counter). */
  delegateUserId?: string;
  scopes: Scope[];
  status: 'invited' | 'active' | 'ended';
  /** Ends by itself on this date (YYYY-MM-DD, China time): the last day of access is the day before. */
  endsOn?: string;
  /** Given by a guardian for a minor: ends on the 18th birthday, and the now-adult person is asked to confirm it. */
  comesOfAgeOn?: string;
  inviteExpiresAt?: string;
  consentVersion: string;
  createdAt: string;
  acceptedAt?: string;
  endedAt?: string;
  endedBy?: 'person' | 'guardian' | 'delegate' | 'system';
  endReason?: EndReason;
  /** Ended at 18 and not yet confirmed or refused by the now-adult person. */
  awaitingConfirmation?: boolean;
  recordedBy?: { userId: string; name: string; district: string };
  paper?: { matterId: string; documentId: string };
  version: number;
}

/** Where a delegation stands today, whatever was last written: dates pass without anyone writing. */
export function currentState(d: Delegation, now: Date, today: string): { state: Delegation['status']; reason?: EndReason } {
  if (d.status === 'ended') return { state: 'ended', ...(d.endReason ? { reason: d.endReason } : {}) };
  if (d.status === 'invited') return d.inviteExpiresAt && d.inviteExpiresAt <= now.toISOString() ? { state: 'ended', reason: 'expired' } : { state: 'invited' };
  if (d.comesOfAgeOn && today >= d.comesOfAgeOn && (!d.endsOn || d.comesOfAgeOn <= d.endsOn)) return { state: 'ended', reason: 'cameOfAge' };
  if (d.endsOn && today >= d.endsOn) return { state: 'ended', reason: 'expired' };
  return { state: 'active' };
}

export const isActive = (d: Delegation, now: Date, today: string) => currentState(d, now, today).state === 'active';

/** The parts a delegation gives in the person's matters: following lets them see; acting lets them do what the applicant does. */
export function partsOfScopes(scopes: readonly Scope[]): MatterRole[] {
  const parts: MatterRole[] = [];
  if (scopes.includes('follow') || scopes.includes('act')) parts.push('delegate');
  if (scopes.includes('act')) parts.push('applicant');
  return parts;
}
