/**
 * 办件查询: anyone with a receipt reference and the last 6 characters of the person's ID number sees
 * where the matter stands and what comes next — no name, no ID number, no documents. Limited per client
 * address and per reference; "no such matter" and "wrong digits" get the same answer; every attempt is
 * recorded (on the matter when there is one).
 */
import { createHash } from 'node:crypto';
import type { RateCounter } from '../auth/ports.js';
import type { AuditEntry } from '../matters/matter.js';
import type { HistoryStore, MatterStore } from '../matters/ports.js';
import { matterType } from '../matters/registry.js';
import { subjectIdNumber } from '../matters/subject.js';
import { NotFoundError, RateLimitedError } from '../shared/errors.js';

/** Look-ups that matched nothing, kept by day for whoever checks for reference guessing (docs/data-model.md row 51). */
export interface ProgressLog {
  unmatched(date: string, entry: AuditEntry): Promise<void>;
}

export interface ProgressDeps {
  matters: Pick<MatterStore, 'findByReference'>;
  history: Pick<HistoryStore, 'recordAudit'>;
  progressLog: ProgressLog;
  rates: RateCounter;
  now: () => Date;
  newId: () => string;
  limits: { perAddressPerHour: number; perReferencePerHour: number };
}

export interface Progress {
  reference: string;
  matter: string;
  status: string;
  open: boolean;
  /** The date the next step is due by (the person's, while they are asked for something). */
  dueOn?: string;
  waitingForApplicant: boolean;
  updatedOn: string;
}

const addressHash = (address: string) => createHash('sha256').update(address).digest('hex').slice(0, 32);

export async function lookUpProgress(deps: ProgressDeps, reference: string, idLast6: string, clientAddress: string): Promise<Progress> {
  const now = deps.now();
  const hour = now.toISOString().slice(0, 13);
  const expires = Math.floor(now.getTime() / 1000) + 2 * 3600;
  const address = addressHash(clientAddress);
  const within =
    (await deps.rates.take(`progress-address#${address}`, hour, deps.limits.perAddressPerHour, expires)) &&
    (await deps.rates.take(`progress-reference#${reference}`, hour, deps.limits.perReferencePerHour, expires));
  const entry = (action: string): AuditEntry => ({ id: deps.newId(), at: now.toISOString(), actorUserId: 'anonymous', actorName: `address ${address.slice(0, 8)}`, action, detail: { reference, address } });
  if (!within) {
    await deps.progressLog.unmatched(now.toISOString().slice(0, 10), entry('progressRateLimited'));
    throw new RateLimitedError(3600 - now.getUTCMinutes() * 60 - now.getUTCSeconds(), 'other');
  }

  const matter = await deps.matters.findByReference(reference);
  const idNumber = matter ? subjectIdNumber(matterType(matter.matter), matter) : undefined;
  if (!matter || !idNumber || idNumber.slice(-6) !== idLast6) {
    if (matter) await deps.history.recordAudit(matter.id, entry('progressLookupRefused'));
    else await deps.progressLog.unmatched(now.toISOString().slice(0, 10), entry('progressLookupUnmatched'));
    throw new NotFoundError();
  }
  await deps.history.recordAudit(matter.id, entry('progressLooked'));
  const type = matterType(matter.matter);
  const waiting = matter.status === 'awaiting_correction' || Boolean(matter.deferral && !matter.deferral.promiseSignedAt);
  const dueOn = matter.status === 'awaiting_correction' ? matter.corrections?.dueOn : waiting ? matter.deferral?.dueOn : matter.clock?.promisedDue;
  return {
    reference,
    matter: matter.matter,
    status: matter.status,
    open: (type.openStatuses as readonly string[]).includes(matter.status),
    ...(dueOn ? { dueOn } : {}),
    waitingForApplicant: waiting,
    updatedOn: matter.updatedAt.slice(0, 10),
  };
}
