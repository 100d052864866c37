/**
 * "People I help" and "who helps me": every person the caller may see matters of — themselves once
 * linked, the people they are guardian of on record, the relatives who let them in — each with their
 * open matters, next step and deadline; the helpers of the people they manage; invitations waiting for
 * them; delegations waiting for a now-adult person's confirmation.
 */
import type { Caller } from '../shared/http/caller.js';
import type { MatterRecord } from '../matters/matter.js';
import type { MatterStore } from '../matters/ports.js';
import { matterType } from '../matters/registry.js';
import { availableActions } from '../matters/matter-type.js';
import { shanghaiDate } from '../domain/time.js';
import { maskName } from '../domain/person-name.js';
import { currentState, partsOfScopes, type Delegation, type Scope } from './delegation.js';
import { helpersOf, personOfMatter, type PersonHelpers } from './counter.js';
import type { DelegationStore, PersonProfile, PersonStore } from './ports.js';

export interface OverviewDeps {
  persons: PersonStore;
  delegations: DelegationStore;
  matters: Pick<MatterStore, 'listByOwner' | 'listBySubject'>;
  now: () => Date;
  newId: () => string;
}

export interface MatterSummary {
  id: string;
  matter: string;
  status: string;
  open: boolean;
  reference?: string;
  /** The date the next step is due by: the citizen's while they are asked for something, else the promised one. */
  dueOn?: string;
  /** What the caller may do now on the citizen's pages. */
  actions: string[];
  filedByMe: boolean;
  updatedAt: string;
  /** A benefit matter's benefit and its name (the type's `listed` fields). */
  benefitId?: string;
  benefitName?: { 'zh-CN': string; en: string };
}

export interface PersonCard {
  personId: string;
  name: string;
  idNumberMasked: string;
  relation: 'self' | 'guardian' | 'delegate';
  /** For a relative: what they may do, and the delegation to end. */
  scopes?: Scope[];
  delegationId?: string;
  endsOn?: string;
  matters: MatterSummary[];
  /** For the person and their guardian: who helps. */
  helpers?: PersonHelpers;
}

export interface Invitation {
  id: string;
  personName: string;
  relationship: string;
  scopes: Scope[];
  endsOn?: string;
  expiresAt: string;
}

export interface PeopleOverview {
  linked: boolean;
  people: PersonCard[];
  invitations: Invitation[];
  /** Delegations a guardian gave while the caller was a minor, waiting for them to confirm. */
  toConfirm: { id: string; delegateName: string; relationship: string; scopes: Scope[] }[];
}

function dueOn(m: MatterRecord): string | undefined {
  if (m.status === 'awaiting_correction' && m.corrections) return m.corrections.dueOn;
  if (m.deferral && !m.deferral.promiseSignedAt) return m.deferral.dueOn;
  return m.clock?.promisedDue;
}

function summary(m: MatterRecord, caller: Caller, parts: Parameters<typeof availableActions>[2]): MatterSummary {
  const type = matterType(m.matter);
  return {
    id: m.id,
    matter: m.matter,
    status: m.status,
    open: (type.openStatuses as readonly string[]).includes(m.status),
    ...(m.reference ? { reference: m.reference } : {}),
    ...(dueOn(m) ? { dueOn: dueOn(m)! } : {}),
    actions: availableActions(type, m.status, parts),
    filedByMe: m.ownerId === caller.userId,
    updatedAt: m.updatedAt,
    ...type.listed?.(m),
  };
}

export async function peopleOverview(deps: OverviewDeps, caller: Caller): Promise<PeopleOverview> {
  const now = deps.now();
  const today = shanghaiDate(now);
  const [link, mine, helping, invited] = await Promise.all([
    deps.persons.linkOfAccount(caller.userId),
    deps.matters.listByOwner(caller.userId),
    deps.delegations.listForDelegate(caller.userId),
    deps.delegations.listInvitedPhone(caller.phone),
  ]);
  const cards: PersonCard[] = [];
  const seen = new Set<string>();
  const managed = async (profile: PersonProfile, relation: 'self' | 'guardian') => {
    seen.add(profile.personKey);
    const matters = await deps.matters.listBySubject(profile.personKey);
    cards.push({
      personId: profile.personId,
      name: profile.name,
      idNumberMasked: profile.idNumberMasked,
      relation,
      matters: matters.map((m) => summary(m, caller, m.ownerId === caller.userId ? ['owner', 'applicant', 'subject'] : ['applicant', 'subject'])),
      helpers: await helpersOf(deps, profile.personKey),
    });
  };

  const self = link ? await deps.persons.profile(link.personKey) : undefined;
  if (self) await managed(self, 'self');
  for (const m of mine) {
    if (!m.subject || seen.has(m.subject) || matterType(m.matter).guardianOnRecord?.(m, now) !== true) continue;
    const profile = await personOfMatter(deps, m);
    if (profile) await managed(profile, 'guardian');
  }
  for (const d of helping) {
    if (seen.has(d.personKey) || currentState(d, now, today).state !== 'active') continue;
    seen.add(d.personKey);
    const profile = await deps.persons.profile(d.personKey);
    const parts = partsOfScopes(d.scopes);
    const matters = parts.length ? await deps.matters.listBySubject(d.personKey) : [];
    cards.push({
      personId: d.personId,
      name: profile?.name ?? d.personName,
      idNumberMasked: profile?.idNumberMasked ?? '',
      relation: 'delegate',
      scopes: d.scopes,
      delegationId: d.id,
      ...(d.endsOn ? { endsOn: d.endsOn } : {}),
      matters: matters.map((m) => summary(m, caller, parts)),
    });
  }

  const invitations = invited
    .filter((d) => currentState(d, now, today).state === 'invited')
    .map((d): Invitation => ({ id: d.id, personName: maskName(d.personName), relationship: d.relationship, scopes: d.scopes, ...(d.endsOn ? { endsOn: d.endsOn } : {}), expiresAt: d.inviteExpiresAt! }));
  const toConfirm = link ? (await deps.delegations.listForPerson(link.personKey)).filter((d: Delegation) => d.comesOfAgeOn && currentState(d, now, today).reason === 'cameOfAge') : [];
  return {
    linked: Boolean(link),
    people: cards,
    invitations,
    toConfirm: toConfirm.map((d) => ({ id: d.id, delegateName: d.delegateName, relationship: d.relationship, scopes: d.scopes })),
  };
}
