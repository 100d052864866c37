/**
 * A benefit matter as a page shows it: the benefit's rules in plain words, what the engine says now
 * (and why), the materials still needed after the registers answered, the bank account masked, the
 * documents, the timeline and what the viewer may do next.
 */
import type { DocumentRecord, DocumentStore } from '../documents/document-record.js';
import type { CertificateStore } from '../certificates/certificate.js';
import type { HistoryStore } from '../matters/ports.js';
import type { MatterRole, TimelineEntry } from '../matters/matter.js';
import { availableActions } from '../matters/matter-type.js';
import { maskedMatter } from '../matters/sensitive-answers.js';
import { shanghaiDate } from '../domain/time.js';
import type { Language } from '../shared/i18n.js';
import type { BenefitMatter } from './benefit-matter.js';
import type { BenefitVersion } from './catalogue-schema.js';
import { benefitMatterType } from './benefit-type.js';
import { rulesOf } from './benefit-version.js';
import { materialsFor, type MaterialNeed } from './benefit-materials.js';
import { personFacts } from './person-facts.js';
import { assess, type Assessment } from './eligibility.js';
import { amountOf, explain, nameOf } from './explain.js';
import { catalogue } from './catalogue.js';
import type { BenefitHoldings } from './ports.js';

export interface ViewDeps {
  documents: Pick<DocumentStore, 'list'>;
  history: Pick<HistoryStore, 'timeline'>;
  certificates: Pick<CertificateStore, 'get'>;
  benefitHoldings: Pick<BenefitHoldings, 'heldBy'>;
  now: () => Date;
}

export interface ExplainedAssessment {
  outcome: Assessment['outcome'];
  reasons: string[];
  notes: string[];
  amount: string;
}

export function explained(v: BenefitVersion, a: Assessment, lang: Language): ExplainedAssessment {
  const names = (id: string) => catalogue.find((c) => c.id === id)?.shortName[lang] ?? id;
  const say = (r: Assessment['reasons'][number]) => explain(r, nameOf(v, lang), lang, names);
  return { outcome: a.outcome, reasons: a.reasons.map(say), notes: a.notes.map(say), amount: amountOf(a, lang) };
}

/** The benefit's rules as the pages need them. */
export function benefitSummary(v: BenefitVersion) {
  return {
    id: v.id,
    validFrom: v.validFrom,
    name: v.name,
    shortName: v.shortName,
    description: v.description,
    paidTo: v.paidTo,
    paymentStarts: v.paymentStarts,
    guardianApplies: v.guardianApplies === true,
    institutions: v.institutions ?? [],
    facts: v.eligibility.facts ?? [],
    asksHousehold: !!v.eligibility.household,
    asksAllowances: [...(v.eligibility.excludedBy ?? []), ...(v.eligibility.higherOf ?? [])].some((x) => x !== 'tekun'),
    diagnosisInstead: v.eligibility.card?.diagnosisInstead === true,
    lookups: v.lookups,
    stages: v.stages,
    publicNotice: v.publicNotice ?? null,
    appeal: v.appeal,
  };
}

/**
 * What leaves the server of a matter: never the sealed account, masked numbers for anyone but the owner,
 * and an objection's words only for reviewers (they may name whoever objected).
 */
export function shownMatter(matter: BenefitMatter, masked: boolean, forReviewers = false): Omit<BenefitMatter, 'bankAccount'> & { bankAccount?: Omit<NonNullable<BenefitMatter['bankAccount']>, 'sealed'> } {
  const unspoken = !forReviewers && matter.notice?.objections ? { ...matter, notice: { ...matter.notice, objections: matter.notice.objections.map(({ at }) => ({ at, note: '' })) } } : matter;
  const { bankAccount, ...rest } = masked ? maskedMatter(unspoken) : unspoken;
  if (!bankAccount) return rest;
  const { sealed: _sealed, ...account } = bankAccount;
  return { ...rest, bankAccount: account };
}

/** The engine on the matter now: the card as it is today, the registers' answers, the benefits held. */
export async function currentAssessment(deps: Pick<ViewDeps, 'certificates' | 'benefitHoldings'>, matter: BenefitMatter, v: BenefitVersion, today: string): Promise<Assessment> {
  const [certificate, held] = await Promise.all([
    matter.certificateNumber ? deps.certificates.get(matter.certificateNumber) : Promise.resolve(null),
    matter.answers.personIdNumber ? deps.benefitHoldings.heldBy(matter.answers.personIdNumber) : Promise.resolve([]),
  ]);
  const holding = held.filter((h) => h.matterId !== matter.id).map((h) => h.benefitId);
  return assess(v, personFacts({ certificate: certificate ?? null, answers: matter.answers, ...(matter.lookups ? { lookups: matter.lookups } : {}), districtCode: matter.districtCode, today, holding }));
}

export interface BenefitView {
  application: ReturnType<typeof shownMatter>;
  benefit: ReturnType<typeof benefitSummary>;
  eligibility: ExplainedAssessment;
  materials: MaterialNeed[];
  documents: DocumentRecord[];
  timeline: TimelineEntry[];
  actions: string[];
  /** Whether the reader may act on the applicant's side (fill in, send, upload): a relative who only follows may not. */
  canAct: boolean;
}

export async function benefitView(deps: ViewDeps, matter: BenefitMatter, parts: MatterRole[], lang: Language, masked: boolean, forReviewers = false): Promise<BenefitView> {
  const today = shanghaiDate(deps.now());
  const v = rulesOf(matter, today);
  const [assessment, documents, timeline] = await Promise.all([currentAssessment(deps, matter, v, today), deps.documents.list(matter.id), deps.history.timeline(matter.id)]);
  return {
    application: shownMatter(matter, masked, forReviewers),
    benefit: benefitSummary(v),
    eligibility: explained(v, assessment, lang),
    materials: materialsFor(v, { hasCard: !!matter.certificateNumber, ...(matter.lookups ? { lookups: matter.lookups } : {}), consents: matter.answers.consents ?? {} }),
    documents: documents.filter((d) => d.status !== 'rejected'),
    timeline,
    actions: availableActions(benefitMatterType, matter.status, parts),
    canAct: parts.includes('applicant'),
  };
}
