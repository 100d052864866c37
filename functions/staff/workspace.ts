/**
 * What staff see: their district's queue, one matter in full (ID and phone masked until revealed),
 * and its documents. Every look at a person's record is written to the audit trail.
 */
import type { DocumentRecord, DocumentStore } from '../documents/document-record.js';
import type { AuditEntry, TimelineEntry } from '../matters/matter.js';
import type { HistoryStore, MatterStore } from '../matters/ports.js';
import { matterFor } from '../matters/access.js';
import { availableActions } from '../matters/matter-type.js';
import { matterType } from '../matters/registry.js';
import { maskedMatter } from '../matters/sensitive-answers.js';
import { recordLook } from '../matters/looks.js';
import { personAge, personIsMinor } from '../applications/schemas.js';
import type { DocumentKind } from '../applications/materials.js';
import type { User, UserStore } from '../auth/ports.js';
import { maskMobile } from '../domain/phone.js';
import { shanghaiDate } from '../domain/time.js';
import type { Caller } from '../shared/http/caller.js';
import { findDistrict, rulesInEffect } from '../districts/district-config.js';
import type { Application } from '../certificates/application.js';
import { queueItem, type QueueItem } from './queue.js';
import { helpersOf, type PersonHelpers } from '../family/counter.js';
import type { DelegationStore, PersonStore } from '../family/ports.js';
import type { DecisionBody } from './schemas.js';

export interface WorkspaceDeps {
  matters: Pick<MatterStore<Application>, 'get' | 'listByDistrict'>;
  documents: Pick<DocumentStore, 'list' | 'get'>;
  history: HistoryStore;
  users: UserStore;
  now: () => Date;
  newId: () => string;
  persons: Pick<PersonStore, 'linkOfPerson'>;
  delegations: Pick<DelegationStore, 'listForPerson'>;
}

/** Audit actions that mean a message did not reach someone (notifications/undelivered.ts). */
const UNDELIVERED = new Set(['smsFailed', 'emailFailed']);

export interface StaffView {
  application: Application;
  summary: QueueItem;
  isMinor: boolean;
  /** For the assessment form: IQ from age 7, DQ below (the ID itself stays masked). */
  ageYears?: number;
  documents: DocumentRecord[];
  timeline: TimelineEntry[];
  audit: AuditEntry[];
  actions: DecisionBody['action'][];
  colleagues: { userId: string; name: string }[];
  /** What the district lets follow after acceptance (容缺受理). */
  deferrableKinds: DocumentKind[];
  /** Who may act for the person: their own linked account, and the relatives they (or their guardian) let in. */
  helpers: PersonHelpers;
  /** Messages that did not arrive after every retry: staff may need to phone. */
  undelivered: AuditEntry[];
}

const colleagueOf = (u: User) => ({ userId: u.userId, name: u.displayName ?? maskMobile(u.phone) });

function deferrableKinds(application: Application, today: string): DocumentKind[] {
  const district = application.districtCode ? findDistrict(application.districtCode) : undefined;
  return district ? rulesInEffect(district, today).deferrableMaterials : [];
}

/** One matter of the caller's district in full, with ID and phone masked; the view itself is audited. */
export async function staffView(deps: WorkspaceDeps, caller: Caller, id: string): Promise<StaffView> {
  const application = await matterFor(deps, id, caller, 'staff');
  await recordLook(deps, caller, id, 'viewed');
  const now = deps.now();
  const ageYears = personAge(application.answers, now);
  const [documents, timeline, audit, colleagues, helpers] = await Promise.all([
    deps.documents.list(id),
    deps.history.timeline(id),
    deps.history.audit(id),
    deps.users.listStaff(caller.district!),
    helpersOf(deps, application.subject),
  ]);
  return {
    application: maskedMatter(application),
    summary: queueItem(application, shanghaiDate(now)),
    isMinor: personIsMinor(application.answers, now),
    ...(ageYears !== undefined ? { ageYears } : {}),
    documents: documents.filter((d) => d.status === 'received'),
    timeline,
    audit,
    actions: availableActions(matterType(application.matter), application.status, ['staff']) as DecisionBody['action'][],
    colleagues: colleagues.filter((u) => u.roles.includes('staff')).map(colleagueOf),
    deferrableKinds: deferrableKinds(application, shanghaiDate(now)),
    helpers,
    undelivered: audit.filter((entry) => UNDELIVERED.has(entry.action)),
  };
}
