import type { Application, ApplicationStore, DocumentRecord, TimelineEntry } from './application.js';
import { applicationToFillIn } from './access.js';
import type { Caller } from '../shared/http/caller.js';
import { maskIdNumber } from '../domain/id-number.js';
import { maskMobile } from '../domain/phone.js';
import { availableActions } from './state-machine.js';
import { recordLook, type WorkspaceDeps } from '../staff/workspace.js';
import { maskedApplication } from './sensitive-answers.js';

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
}

/** The caller's applications, newest first; ID numbers masked as in every list. */
export async function listMyApplications(store: ApplicationStore, ownerId: string): Promise<ApplicationSummary[]> {
  const applications = await store.listByOwner(ownerId);
  return applications.map((a) => ({
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
  }));
}

export interface ApplicationDetail {
  application: Application;
  masked: { personIdNumber?: string; personPhone?: string; agentPhone?: string };
  documents: DocumentRecord[];
  timeline: TimelineEntry[];
  actions: string[];
}

/**
 * The owner's full view: they typed these answers and may see them; lists elsewhere stay masked. Staff
 * filling in a 代办 matter read it here too, masked and audited like every staff read.
 */
export async function getMyApplication(deps: WorkspaceDeps, caller: Caller, id: string): Promise<ApplicationDetail> {
  const store = deps.applications;
  const found = await applicationToFillIn(store, id, caller);
  const byStaff = found.ownerId !== caller.userId;
  if (byStaff) await recordLook(deps, caller, id, 'viewed');
  const application = byStaff ? maskedApplication(found) : found;
  const [documents, timeline] = await Promise.all([store.listDocuments(id), store.timeline(id)]);
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
    actions: availableActions(application.status, 'citizen', application.matter),
  };
}
