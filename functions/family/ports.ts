/** The family feature's storage and outside services; adapters in functions/adapters/ implement them. */
import type { AuditEntry } from '../matters/matter.js';
import type { Delegation } from './delegation.js';

/** A person known to the portal, by the key of their ID number (docs/data-model.md rows 40–41). */
export interface PersonProfile {
  personKey: string;
  /** Opaque, random: what addresses and pages name the person by. */
  personId: string;
  name: string;
  birthDate: string;
  /** `110105********002X`, for pages that need to tell two people apart. */
  idNumberMasked: string;
}

/** A person's own account, linked after they showed they are that person (rows 29–30). */
export interface PersonLink {
  userId: string;
  personKey: string;
  linkedAt: string;
}

export interface PersonStore {
  /** The person's profile, made now (with a new id) if there is none; a name or birth date given later does not replace the first. */
  ensureProfile(profile: Omit<PersonProfile, 'personId'>, newId: () => string): Promise<PersonProfile>;
  profile(personKey: string): Promise<PersonProfile | undefined>;
  byId(personId: string): Promise<PersonProfile | undefined>;
  linkOfAccount(userId: string): Promise<PersonLink | undefined>;
  linkOfPerson(personKey: string): Promise<PersonLink | undefined>;
  /** Links account and person, each to the other only; false when either is linked already. */
  link(link: PersonLink): Promise<boolean>;
  /** Who did or tried what about a person (an invitation, a refused attempt): row 34. */
  recordAudit(personKey: string, entry: AuditEntry): Promise<void>;
  audit(personKey: string): Promise<AuditEntry[]>;
}

export interface DelegationStore {
  /**
   * A new delegation (invited, or active when recorded at the counter). An invitation takes the person's
   * one waiting place for its number, only if it still holds `replacing` (none: empty); StaleVersionError
   * when another invitation took it meanwhile.
   */
  create(delegation: Delegation, replacing?: string | null): Promise<void>;
  /** The invitation of the person to this number that is waiting, if any. */
  currentInvitation(personKey: string, phone: string): Promise<string | undefined>;
  get(id: string): Promise<Delegation | undefined>;
  /** Every delegation of a person, ended ones included. */
  listForPerson(personKey: string): Promise<Delegation[]>;
  /** Delegations accepted by this account. */
  listForDelegate(userId: string): Promise<Delegation[]>;
  /** Invitations sent to this phone number. */
  listInvitedPhone(phone: string): Promise<Delegation[]>;
  /** Delegations whose end date or 18th birthday is `date`. */
  listEndingOn(date: string): Promise<Delegation[]>;
  /** Writes the changed delegation if it is still at `expectedVersion`; StaleVersionError otherwise. */
  save(delegation: Delegation, expectedVersion: number): Promise<Delegation>;
}

/** One-time codes for a purpose (linking an account, accepting an invitation): hashed, short-lived, few tries. */
export interface CodeStore {
  save(purpose: string, id: string, code: { codeHash: string; salt: string; expiresAt: number; payload?: Record<string, string> }): Promise<void>;
  /** Counts one try before the code may be compared; undefined once it is used, expired or tried too often. */
  takeAttempt(purpose: string, id: string, maxAttempts: number, nowMs: number): Promise<{ codeHash: string; salt: string; payload?: Record<string, string> } | undefined>;
  /** Marks the code used, if it is still the one checked. */
  consume(purpose: string, id: string, codeHash: string): Promise<boolean>;
}

/**
 * Real-name verification (实名核验): does this name belong to this ID number? On AWS a provincial
 * service plugs in here; locally the stand-in compares with the names on our own records.
 */
export interface RealNameCheck {
  matches(idNumber: string, name: string): Promise<boolean>;
}
