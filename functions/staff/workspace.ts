/**
 * What staff see: their district's queue, one matter in full (ID and phone masked until revealed),
 * and its documents. Every look at a person's record is written to the audit trail.
 */
import type { Application, ApplicationStore, AuditEntry, DocumentRecord, TimelineEntry } from '../applications/application.js';
import { applicationInDistrict } from '../applications/access.js';
import { availableActions, OPEN_STATUSES, type ApplicationAction } from '../applications/state-machine.js';
import { isPaused, daysLeft } from '../applications/deadlines.js';
import { personAge, personIsMinor } from '../applications/schemas.js';
import type { User, UserStore } from '../auth/ports.js';
import { maskIdNumber } from '../domain/id-number.js';
import { maskCertificateNumber } from '../domain/certificate-number.js';
import { maskMobile } from '../domain/phone.js';
import { shanghaiDate } from '../domain/time.js';
import { RateLimitedError, ValidationError } from '../shared/errors.js';
import { logEvent } from '../shared/log.js';
import type { AlertMetric } from '../shared/metrics.js';
import type { RateCounter } from '../auth/ports.js';
import type { Caller } from '../shared/http/caller.js';
import type { Acting } from '../applications/changes.js';
import type { QueueQuery } from './schemas.js';
import type { DocumentKind } from '../applications/materials.js';
import { maskedApplication, type SensitiveField } from '../applications/sensitive-answers.js';
import { findDistrict, rulesInEffect } from '../districts/district-config.js';

export interface WorkspaceDeps {
  applications: ApplicationStore;
  users: UserStore;
  now: () => Date;
  newId: () => string;
}

/** The staff member as written in the audit trail and timeline. */
export async function staffActing(users: UserStore, caller: Caller): Promise<Acting> {
  const user = await users.get(caller.userId);
  return { role: 'staff', userId: caller.userId, name: user?.displayName ?? maskMobile(caller.phone) };
}

export interface QueueItem {
  id: string;
  reference?: string;
  matter: Application['matter'];
  status: Application['status'];
  channel?: Application['channel'];
  personName?: string;
  personIdNumberMasked?: string;
  submittedAt?: string;
  promisedDue?: string;
  statutoryDue?: string;
  provisional?: boolean;
  /** Working days to the promised deadline; negative when overdue. Absent while waiting for the citizen. */
  daysLeft?: number;
  waitingForCitizenUntil?: string;
  assignee?: Application['assignee'];
  version: number;
}

/** Warned this many working days before the promised deadline. */
export const DUE_SOON_WORKING_DAYS = 3;

export function queueItem(a: Application, today: string): QueueItem {
  const paused = isPaused(a.clock);
  const open = OPEN_STATUSES.includes(a.status);
  return {
    id: a.id,
    matter: a.matter,
    status: a.status,
    version: a.version,
    ...(a.reference ? { reference: a.reference } : {}),
    ...(a.channel ? { channel: a.channel } : {}),
    ...(a.answers.personName ? { personName: a.answers.personName } : {}),
    ...(a.answers.personIdNumber ? { personIdNumberMasked: maskIdNumber(a.answers.personIdNumber) } : {}),
    ...(a.submittedAt ? { submittedAt: a.submittedAt } : {}),
    ...(a.clock ? { promisedDue: a.clock.promisedDue, statutoryDue: a.clock.statutoryDue } : {}),
    ...(a.clock?.provisional ? { provisional: true } : {}),
    ...(open && a.clock && !paused ? { daysLeft: daysLeft(today, a.clock.promisedDue) } : {}),
    ...(paused && a.corrections ? { waitingForCitizenUntil: a.corrections.dueOn } : {}),
    ...(a.assignee ? { assignee: a.assignee } : {}),
  };
}

/** The district's matters, soonest deadline first; open ones unless a status is asked for. */
export async function workQueue(deps: WorkspaceDeps, caller: Caller, query: QueueQuery): Promise<QueueItem[]> {
  if (!caller.district) return [];
  const today = shanghaiDate(deps.now());
  const status = query.status ?? 'open';
  const openOnly = status === 'open' || status === 'draft' || OPEN_STATUSES.includes(status);
  const items = (await deps.applications.listByDistrict(caller.district, { openOnly })).map((a) => queueItem(a, today));
  return items.filter((item) => {
    const open = OPEN_STATUSES.includes(item.status) || item.status === 'draft';
    if (status === 'open' ? !open : item.status !== status) return false;
    if (query.matter && item.matter !== query.matter) return false;
    if (query.mine === 'true' && item.assignee?.userId !== caller.userId) return false;
    if (query.due === 'overdue' && !(item.daysLeft !== undefined && item.daysLeft < 0)) return false;
    if (query.due === 'soon' && !(item.daysLeft !== undefined && item.daysLeft >= 0 && item.daysLeft <= DUE_SOON_WORKING_DAYS)) return false;
    return true;
  });
}

export interface StaffView {
  application: Omit<Application, 'answers'> & { answers: Application['answers'] };
  summary: QueueItem;
  isMinor: boolean;
  /** For the assessment form: IQ from age 7, DQ below (the ID itself stays masked). */
  ageYears?: number;
  documents: DocumentRecord[];
  timeline: TimelineEntry[];
  audit: AuditEntry[];
  actions: ApplicationAction[];
  colleagues: { userId: string; name: string }[];
  /** What the district lets follow after acceptance (容缺受理). */
  deferrableKinds: DocumentKind[];
}

const colleagueOf = (u: User) => ({ userId: u.userId, name: u.displayName ?? maskMobile(u.phone) });

/** Writes who looked at what; called before the data is handed out. */
export async function recordLook(deps: WorkspaceDeps, caller: Caller, applicationId: string, action: string, detail?: Record<string, string>): Promise<void> {
  const by = await staffActing(deps.users, caller);
  await deps.applications.recordAudit(applicationId, {
    id: deps.newId(),
    at: deps.now().toISOString(),
    actorUserId: by.userId,
    actorName: by.name,
    actorRole: 'staff',
    action,
    ...(detail ? { detail } : {}),
  });
}

/** One matter of the caller's district in full, with ID and phone masked; the view itself is audited. */
export async function staffView(deps: WorkspaceDeps, caller: Caller, id: string): Promise<StaffView> {
  const application = await applicationInDistrict(deps.applications, id, caller);
  await recordLook(deps, caller, id, 'viewed');
  const now = deps.now();
  const ageYears = personAge(application.answers, now);
  const [documents, timeline, audit, colleagues] = await Promise.all([
    deps.applications.listDocuments(id),
    deps.applications.timeline(id),
    deps.applications.audit(id),
    deps.users.listStaff(caller.district!),
  ]);
  return {
    application: maskedApplication(application),
    summary: queueItem(application, shanghaiDate(now)),
    isMinor: personIsMinor(application.answers, now),
    ...(ageYears !== undefined ? { ageYears } : {}),
    documents: documents.filter((d) => d.status === 'received'),
    timeline,
    audit,
    actions: availableActions(application.status, 'staff', application.matter),
    colleagues: colleagues.map(colleagueOf),
    deferrableKinds: deferrableKinds(application, shanghaiDate(now)),
  };
}

function deferrableKinds(application: Application, today: string): DocumentKind[] {
  const district = application.districtCode ? findDistrict(application.districtCode) : undefined;
  return district ? rulesInEffect(district, today).deferrableMaterials : [];
}

export interface RevealDeps extends WorkspaceDeps {
  rates: RateCounter;
  revealsPerHour: number;
  alert(metric: AlertMetric): void;
}

/**
 * Shows one masked value in full and records who saw it. A staff member gets only so many an hour:
 * more than a day's work needs is how a leak looks, so it is refused and raised as an alert.
 */
export async function reveal(deps: RevealDeps, caller: Caller, id: string, field: SensitiveField): Promise<string> {
  const application = await applicationInDistrict(deps.applications, id, caller);
  const value = application.answers[field];
  if (!value) throw new ValidationError([{ field, code: 'error.notAnswered' }]);
  const now = deps.now();
  const hour = now.toISOString().slice(0, 13);
  if (!(await deps.rates.take(`reveal#${caller.userId}`, hour, deps.revealsPerHour, Math.floor(now.getTime() / 1000) + 2 * 3600))) {
    logEvent('error', 'reveal limit reached', { staffUserId: caller.userId, district: caller.district, limitPerHour: deps.revealsPerHour });
    deps.alert('RevealLimitReached');
    throw new RateLimitedError(3600 - now.getUTCMinutes() * 60 - now.getUTCSeconds());
  }
  await recordLook(deps, caller, id, 'revealed', { field });
  return value;
}
