/** The kernel's storage ports: matters and their history. Adapters in functions/adapters/ implement them. */
import type { AuditEntry, MatterRecord, OutboxEvent, TimelineEntry } from './matter.js';

/**
 * A write another store adds to a matter's transaction (a certificate issued, a person's pointer), so it
 * happens only if the matter's change does. Built by adapters; opaque everywhere else.
 */
export interface WritePart {
  readonly writePart: unknown;
  /** What to tell the caller when this write's own condition fails (a seat just taken), instead of a stale version. */
  readonly conflict?: () => Error;
}

/** One state change, written as one transaction guarded by the matter's version and status. */
export interface StateChange<M extends MatterRecord = MatterRecord> {
  matter: M;
  expectedVersion: number;
  set: Partial<Omit<M, 'id' | 'ownerId' | 'version' | 'createdAt'>> & { status: M['status'] };
  timeline?: TimelineEntry;
  audit?: AuditEntry;
  outbox?: OutboxEvent;
  writes?: WritePart[];
  at: string;
}

/** Matters (docs/data-model.md rows 5, 6, 14, 39, 48): one item each, found by id, by owner, in the district's queue, by person and by reference. */
export interface MatterStore<M extends MatterRecord = MatterRecord> {
  create(matter: M): Promise<void>;
  get(id: string): Promise<M | undefined>;
  /** Saves answers while the applicant may edit them, if `expectedVersion` is current; StaleVersionError otherwise. */
  saveAnswers(id: string, expectedVersion: number, answers: M['answers'], at: string): Promise<M>;
  /** State, timeline, audit, outbox and the other stores' writes in one transaction; StaleVersionError when the version or status moved. */
  change(change: StateChange<M>): Promise<M>;
  listByOwner(ownerId: string): Promise<M[]>;
  /** Every submitted matter about a person (their key: matters/subject.ts), newest first. */
  listBySubject(personKey: string): Promise<M[]>;
  /** The matter a receipt reference names (办件查询). */
  findByReference(reference: string): Promise<M | undefined>;
  /** Every submitted matter of a district, earliest queue date first; with `openOnly`, none that is finished. */
  listByDistrict(districtCode: string, options?: { openOnly?: boolean }): Promise<M[]>;
}

/** A matter's timeline and audit trail (rows 7, 15). */
export interface HistoryStore {
  timeline(matterId: string): Promise<TimelineEntry[]>;
  audit(matterId: string): Promise<AuditEntry[]>;
  /** A view of sensitive data, recorded on its own. */
  recordAudit(matterId: string, entry: AuditEntry): Promise<void>;
  /** A step that changes no state (a file sent after submission): its timeline and audit entries together. */
  record(matterId: string, entries: { timeline: TimelineEntry; audit: AuditEntry }): Promise<void>;
}

/** Numbers handed out once: receipt references per year (row 12). */
export interface CounterStore {
  next(counter: string): Promise<number>;
}
