/** What the applicant sees of their matters: the list, and one matter with its documents, timeline and next actions. */
import type { Caller } from '../shared/http/caller.js';
import type { DocumentRecord, DocumentStore } from '../documents/document-record.js';
import type { HistoryStore, MatterStore } from '../matters/ports.js';
import type { TimelineEntry } from '../matters/matter.js';
import type { UserStore } from '../auth/ports.js';
import { matterFor } from '../matters/access.js';
import { availableActions } from '../matters/matter-type.js';
import { matterType } from '../matters/registry.js';
import { maskedMatter } from '../matters/sensitive-answers.js';
import { recordLook } from '../matters/looks.js';
import { maskIdNumber } from '../domain/id-number.js';
import { maskMobile } from '../domain/phone.js';
import type { Application } from '../certificates/application.js';

export interface ApplicationSummary {
  id: string;
  status: Application['status'];
  reference?: string;
  personName?: string;
  personIdNumberMasked?: string;
  matter: Application['matter'];
  createdAt: string;
  updatedAt: string;
  submittedAt?: string;
  version: number;
  benefitId?: string;
}

/** The caller's applications, newest first; ID numbers masked as in every list. */
export async function listMyApplications(matters: Pick<MatterStore<Application>, 'listByOwner'>, ownerId: string): Promise<ApplicationSummary[]> {
  return (await matters.listByOwner(ownerId)).map((a) => ({
    id: a.id,
    status: a.status,
    matter: a.matter ?? 'new',
    version: a.version,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    ...(a.reference ? { reference: a.reference } : {}),
    ...(a.submittedAt ? { submittedAt: a.submittedAt } : {}),
    ...(a.answers.personName ? { personName: a.answers.personName } : {}),
    ...(a.answers.personIdNumber ? { personIdNumberMasked: maskIdNumber(a.answers.personIdNumber) } : {}),
    // A benefit matter (functions/benefits/) says which benefit.
    ...((a as { benefitId?: string }).benefitId ? { benefitId: (a as { benefitId?: string }).benefitId } : {}),
  }));
}

export interface ApplicationDetail {
  application: Application;
  masked: { personIdNumber?: string; personPhone?: string; agentPhone?: string };
  documents: DocumentRecord[];
  timeline: TimelineEntry[];
  actions: string[];
}

export interface ReadDeps {
  matters: Pick<MatterStore<Application>, 'get'>;
  documents: Pick<DocumentStore, 'list'>;
  history: Pick<HistoryStore, 'timeline' | 'recordAudit'>;
  users: Pick<UserStore, 'get'>;
  now: () => Date;
  newId: () => string;
}

/**
 * The owner's full view: they typed these answers and may see them; lists elsewhere stay masked. Staff
 * filling in a 代办 matter read it here too, masked and audited like every staff read.
 */
export async function getMyApplication(deps: ReadDeps, caller: Caller, id: string): Promise<ApplicationDetail> {
  const found = await matterFor(deps, id, caller, 'applicant');
  const byStaff = found.ownerId !== caller.userId;
  if (byStaff) await recordLook(deps, caller, id, 'viewed');
  const application = byStaff ? maskedMatter(found) : found;
  const [documents, timeline] = await Promise.all([deps.documents.list(id), deps.history.timeline(id)]);
  const { personIdNumber, personPhone, agentPhone } = application.answers;
  return {
    application,
    masked: {
      ...(personIdNumber ? { personIdNumber: maskIdNumber(personIdNumber) } : {}),
      ...(personPhone ? { personPhone: maskMobile(personPhone) } : {}),
      ...(agentPhone ? { agentPhone: maskMobile(agentPhone) } : {}),
    },
    documents: documents.filter((d) => d.status !== 'rejected'),
    timeline,
    actions: availableActions(matterType(application.matter), application.status, ['owner', 'applicant']),
  };
}
