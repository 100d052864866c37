/** What the applicant sees of their matters: the list, and one matter with its documents, timeline and next actions. */
import type { Caller } from '../shared/http/caller.js';
import type { DocumentRecord, DocumentStore } from '../documents/document-record.js';
import type { HistoryStore, MatterStore } from '../matters/ports.js';
import type { TimelineEntry } from '../matters/matter.js';
import type { UserStore } from '../auth/ports.js';
import { matterWithParts, type ActorSource, type PartSource, type RefusalWatch } from '../matters/access.js';
import { actingOn } from '../matters/acting.js';
import { READING_PARTS, type MatterRole } from '../matters/matter.js';
import { availableActions } from '../matters/matter-type.js';
import { knownMatterType, matterType } from '../matters/registry.js';
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
  /** A benefit matter's benefit, and its name in both languages (functions/benefits/benefit-type.ts). */
  benefitId?: string;
  benefitName?: { 'zh-CN': string; en: string };
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
    ...knownMatterType(a.matter ?? 'new')?.listed?.(a),
  }));
}

export interface ApplicationDetail {
  application: Application;
  /** How the reader stands to the matter: its owner, staff filling it in, the person it is about, a relative. */
  viewer: 'owner' | 'staff' | 'person' | 'delegate';
  masked: { personIdNumber?: string; personPhone?: string; agentPhone?: string };
  documents: DocumentRecord[];
  timeline: TimelineEntry[];
  actions: string[];
  /** Whether the reader may act on the citizen's side (upload, answer corrections, sign): a relative who only follows may not. */
  canAct: boolean;
}

export interface ReadDeps {
  matters: Pick<MatterStore<Application>, 'get'>;
  documents: Pick<DocumentStore, 'list'>;
  history: Pick<HistoryStore, 'timeline' | 'recordAudit'>;
  users: Pick<UserStore, 'get'>;
  now: () => Date;
  newId: () => string;
  partSources?: PartSource[];
  actorSources?: ActorSource[];
  refusalWatches?: RefusalWatch[];
}

function viewerOf(parts: readonly MatterRole[], owner: boolean): ApplicationDetail['viewer'] {
  if (owner) return 'owner';
  if (parts.includes('subject')) return 'person';
  if (parts.includes('delegate')) return 'delegate';
  return 'staff';
}

/**
 * The owner's full view: they typed these answers and may see them; lists elsewhere stay masked. Staff
 * filling in a 代办 matter, the person it is about and the relatives they let follow read it here too,
 * with ID and phone numbers masked, and each look is audited.
 */
export async function getMyApplication(deps: ReadDeps, caller: Caller, id: string): Promise<ApplicationDetail> {
  const { matter: found, parts } = await matterWithParts(deps, id, caller, READING_PARTS);
  const owner = found.ownerId === caller.userId;
  if (!owner) await recordLook(deps, caller, id, 'viewed', undefined, await actingOn(deps, caller, found, parts));
  const application = owner ? found : maskedMatter(found);
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
    // What the citizen's pages offer: staff decisions stay on the staff pages.
    actions: availableActions(matterType(application.matter), application.status, parts.filter((p) => p !== 'staff')),
    viewer: viewerOf(parts, owner),
    canAct: owner || parts.includes('applicant'),
  };
}
