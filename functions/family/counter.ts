/**
 * At the counter: staff see who may act for the person a matter is about, and record a delegation the
 * person or their guardian signed on paper, with the scan uploaded to the matter first. It takes effect
 * at once (both sides signed in front of staff); the relative is told by SMS and can end it online if
 * it is not theirs.
 */
import type { UserStore } from '../auth/ports.js';
import type { IdentityDirectory } from '../admin/manage-staff.js';
import type { Caller } from '../shared/http/caller.js';
import { ValidationError } from '../shared/errors.js';
import { shanghaiDate, addMonths } from '../domain/time.js';
import { maskIdNumber, parseIdNumber } from '../domain/id-number.js';
import { matterFor } from '../matters/access.js';
import { recordLook } from '../matters/looks.js';
import { staffActing } from '../matters/acting.js';
import { matterType } from '../matters/registry.js';
import { subjectIdNumber } from '../matters/subject.js';
import type { HistoryStore, MatterStore } from '../matters/ports.js';
import type { DocumentStore } from '../documents/document-record.js';
import { announceUpload, receiveUpload, type DocumentDeps } from '../documents/manage-documents.js';
import type { PresignedUpload } from '../documents/document-files.js';
import { NotFoundError } from '../shared/errors.js';
import { CONSENT_VERSION, currentState, type Delegation } from './delegation.js';
import { comingOfAge, recordOnPerson, type DelegationDeps } from './grantors.js';
import { sendDirect } from './messages.js';
import { delegationView } from './views.js';
import type { DelegationStore, PersonProfile, PersonStore } from './ports.js';
import type { CounterDelegationBody } from './schemas.js';

export const PAPER_KIND = 'delegationPaper';

export interface CounterDeps extends DelegationDeps {
  matters: Pick<MatterStore, 'get' | 'listByOwner'>;
  documents: Pick<DocumentStore, 'get'>;
  history: Pick<HistoryStore, 'recordAudit'>;
  users: Pick<UserStore, 'get' | 'createOrGet'>;
  identities: Pick<IdentityDirectory, 'ensureAccount'>;
}

/** Who may act for the person, as staff see it on the matter: their own account, and each relative, masked. */
export interface PersonHelpers {
  personLinked: boolean;
  delegations: ReturnType<typeof delegationView>[];
}

export async function helpersOf(
  deps: { persons: Pick<PersonStore, 'linkOfPerson'>; delegations: Pick<DelegationStore, 'listForPerson'>; now: () => Date },
  personKey: string | undefined,
): Promise<PersonHelpers> {
  if (!personKey) return { personLinked: false, delegations: [] };
  const now = deps.now();
  const [link, delegations] = await Promise.all([deps.persons.linkOfPerson(personKey), deps.delegations.listForPerson(personKey)]);
  return {
    personLinked: Boolean(link),
    delegations: delegations
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .map((d) => delegationView(d, now)),
  };
}

/** The person of a submitted matter, from what the matter states. */
export async function personOfMatter(deps: Pick<CounterDeps, 'persons' | 'newId'>, matter: { subject?: string; matter: string; answers: Record<string, unknown> } & Parameters<typeof subjectIdNumber>[1]): Promise<PersonProfile | undefined> {
  const idNumber = subjectIdNumber(matterType(matter.matter), matter);
  if (!matter.subject || !idNumber) return undefined;
  const facts = parseIdNumber(idNumber);
  if (!facts.ok) return undefined;
  const name = typeof matter.answers.personName === 'string' ? matter.answers.personName : maskIdNumber(idNumber);
  return deps.persons.ensureProfile({ personKey: matter.subject, name, birthDate: facts.facts.birthDate, idNumberMasked: maskIdNumber(idNumber) }, deps.newId);
}

/** Staff announce the scan of a paper delegation on a matter of their district. */
export async function announcePaper(deps: DocumentDeps, caller: Caller, matterId: string, file: { fileName: string; contentType: string; size: number }): Promise<{ document: Awaited<ReturnType<typeof announceUpload>>['document']; upload: PresignedUpload }> {
  await matterFor(deps, matterId, caller, 'staff');
  return announceUpload(deps, matterId, { ...file, kind: PAPER_KIND });
}

export async function receivePaper(deps: DocumentDeps, caller: Caller, matterId: string, documentId: string) {
  const matter = await matterFor(deps, matterId, caller, 'staff');
  const doc = await deps.documents.get(matterId, documentId);
  if (!doc || doc.kind !== PAPER_KIND) throw new NotFoundError();
  // A scan is part of the record at once, whatever the matter's status.
  return receiveUpload(deps, matter, doc, true);
}

export async function recordAtCounter(deps: CounterDeps, caller: Caller, matterId: string, body: CounterDelegationBody): Promise<Delegation> {
  const matter = await matterFor(deps, matterId, caller, 'staff');
  const person = await personOfMatter(deps, matter);
  if (!person) throw new ValidationError([{ field: 'documentId', code: 'error.delegation.noPerson' }]);
  const paper = await deps.documents.get(matterId, body.documentId);
  if (!paper || paper.kind !== PAPER_KIND || paper.status !== 'received') throw new ValidationError([{ field: 'documentId', code: 'error.delegation.paperMissing' }]);
  const now = deps.now();
  const today = shanghaiDate(now);
  if (body.endsOn && (body.endsOn <= today || body.endsOn > addMonths(today, 120))) throw new ValidationError([{ field: 'endsOn', code: 'error.delegation.endsOn' }]);
  const inForce = (await deps.delegations.listForPerson(person.personKey)).filter((d) => d.delegatePhone === body.delegatePhone && currentState(d, now, today).state === 'active');
  if (inForce.length) throw new ValidationError([{ field: 'delegatePhone', code: 'error.delegation.alreadyActive' }]);

  // The relative's sign-in account: made now if new, as for a matter filed at the counter (代办).
  const account = await deps.identities.ensureAccount(body.delegatePhone);
  const delegate = await deps.users.createOrGet({ userId: account.userId ?? deps.newId(), phone: body.delegatePhone, roles: ['citizen'], language: 'zh-CN', createdAt: now.toISOString() });
  const staff = await staffActing(deps.users, caller);
  const minorUntil = body.grantorKind === 'guardian' ? comingOfAge(person.birthDate, today) : undefined;
  const delegation: Delegation = {
    id: deps.newId(),
    personKey: person.personKey,
    personId: person.personId,
    personName: person.name,
    grantor: { kind: body.grantorKind, name: body.grantorName },
    source: 'counter',
    delegateName: body.delegateName,
    relationship: body.relationship,
    delegatePhone: body.delegatePhone,
    delegateUserId: delegate.userId,
    scopes: body.scopes,
    status: 'active',
    ...(body.endsOn ? { endsOn: body.endsOn } : {}),
    ...(minorUntil ? { comesOfAgeOn: minorUntil } : {}),
    consentVersion: CONSENT_VERSION,
    createdAt: now.toISOString(),
    acceptedAt: now.toISOString(),
    recordedBy: { userId: caller.userId, name: staff.name, district: caller.district ?? '' },
    paper: { matterId, documentId: body.documentId },
    version: 1,
  };
  await deps.delegations.create(delegation);
  await recordLook(deps, caller, matterId, 'delegationRecorded', { delegationId: delegation.id, relationship: body.relationship, scopes: body.scopes.join(','), documentId: body.documentId });
  await recordOnPerson(deps, person.personKey, caller, 'recordedAtCounter', { delegationId: delegation.id, matterId });
  await sendDirect(deps, 'family.recorded', {}, { phone: body.delegatePhone, language: 'zh-CN' });
  return delegation;
}
