/**
 * Applying: Apply on a likely benefit starts a draft pre-filled from the card (the person types only
 * what no register holds); saving adds answers, consent to more registers (asked at once) and the bank
 * account (checked, then sealed). Each change of a draft is one version-guarded transition.
 */
import type { Caller } from '../shared/http/caller.js';
import { NotFoundError, RateLimitedError, StaleVersionError, ValidationError } from '../shared/errors.js';
import type { RateCounter } from '../auth/ports.js';
import type { Certificate } from '../certificates/certificate.js';
import { createDraft } from '../matters/drafts.js';
import { matterFor, matterWithParts } from '../matters/access.js';
import { READING_PARTS } from '../matters/matter.js';
import { runTransition, type KernelDeps } from '../matters/run-transition.js';
import { keepUnchanged } from '../matters/sensitive-answers.js';
import { recordLook } from '../matters/looks.js';
import { secondsToShanghaiMidnight, shanghaiDate } from '../domain/time.js';
import type { Language } from '../shared/i18n.js';
import type { BenefitVersion, Register } from './catalogue-schema.js';
import { benefitInEffect } from './catalogue.js';
import { rulesOf } from './benefit-version.js';
import { BENEFIT_MATTER, isBenefitMatter, type BenefitAnswers, type BenefitMatter } from './benefit-matter.js';
import { bankAccountProblems, maskAccountNumber } from './bank-account.js';
import { lookUp, type LookupDeps } from './lookups.js';
import { benefitView, type ViewDeps } from './benefit-view.js';
import type { SecretVault } from './ports.js';
import type { SaveBenefitBody } from './schemas.js';

export type MatterDeps = KernelDeps<BenefitMatter> & LookupDeps & ViewDeps & { certificates: ViewDeps['certificates'] & { get(number: string): Promise<Certificate | undefined> } };
/** Starting and saving also count the lookups about people typed in. */
export type ApplyDeps = MatterDeps & { rates: RateCounter; typedLookupsPerDay: number };

/** Consent only to the registers this benefit asks: no other register is asked about anyone through it. */
function consentsOf(version: BenefitVersion, consents: readonly Register[]): Register[] {
  const asked = new Set(version.lookups.map((l) => l.register));
  if (consents.some((r) => !asked.has(r))) throw new ValidationError([{ field: 'consents', code: 'error.choose' }]);
  return [...consents];
}

/** Registers asked about a person typed in (no card to read them from), counted per account and day. */
async function takeTypedLookup(deps: ApplyDeps, caller: Caller): Promise<void> {
  const now = deps.now();
  const day = shanghaiDate(now);
  if (!(await deps.rates.take(`typed-lookup#${caller.userId}`, day, deps.typedLookupsPerDay, Math.floor(now.getTime() / 1000) + 2 * 86_400))) {
    throw new RateLimitedError(secondsToShanghaiMidnight(now), 'other');
  }
}

/** What the card already says, so nobody types it again. */
export function answersFromCard(certificate: Certificate): BenefitAnswers {
  const a = certificate.answers;
  const actingAs = a.forWhom === 'other' ? (a.actingAs === 'agent' ? 'agent' : 'guardian') : 'self';
  return {
    personName: certificate.personName,
    personIdNumber: certificate.idNumber,
    ...(a.personPhone ? { personPhone: a.personPhone } : {}),
    actingAs,
    ...(actingAs !== 'self' && a.agentName ? { agentName: a.agentName } : {}),
  };
}

async function benefitMatterFor(deps: MatterDeps, id: string, caller: Caller): Promise<BenefitMatter> {
  const matter = await matterFor(deps, id, caller, 'applicant');
  if (!isBenefitMatter(matter)) throw new NotFoundError();
  return matter;
}

/**
 * The page of a benefit matter for whoever may read it: the owner in full; staff filing it (代办), the
 * person it is about and a relative who helps, masked and their look audited.
 */
export async function viewForReader(deps: MatterDeps, caller: Caller, id: string, lang: Language) {
  const { matter, parts } = await matterWithParts(deps, id, caller, READING_PARTS);
  if (!isBenefitMatter(matter)) throw new NotFoundError();
  const someoneElse = matter.ownerId !== caller.userId;
  if (someoneElse) await recordLook(deps, caller, id, 'viewed');
  return benefitView(deps, matter, parts, lang, someoneElse);
}

async function ownMatters(deps: MatterDeps, ownerId: string, benefitId: string, idNumber: string | undefined): Promise<BenefitMatter[]> {
  return (await deps.matters.listByOwner(ownerId)).filter((m): m is BenefitMatter => isBenefitMatter(m) && m.benefitId === benefitId && m.answers.personIdNumber === idNumber);
}

/** 政策找人 may have proposed it already: applying is saying yes to that proposal, not a second matter. */
async function acceptProposed(deps: MatterDeps, caller: Caller, mine: BenefitMatter[], benefitId: string): Promise<BenefitMatter | undefined> {
  let proposed = mine.find((m) => m.status === 'proposed');
  for (let attempt = 0; proposed && attempt < 3; attempt++) {
    try {
      return await runTransition<BenefitMatter, unknown>(deps, { id: proposed.id, action: 'acceptProposal', caller, expectedVersion: proposed.version });
    } catch (error) {
      // The proposal was being told to the person at the same moment: read it again.
      if (!(error instanceof StaleVersionError)) throw error;
      const again = await deps.matters.get(proposed.id);
      proposed = again && isBenefitMatter(again) && again.status === 'proposed' && again.benefitId === benefitId ? again : undefined;
    }
  }
  return undefined;
}

/** Starts (or finds the person's unsent) application for a benefit; asks the registers consented to. */
export async function startBenefit(
  deps: ApplyDeps,
  caller: Caller,
  ownerId: string,
  request: { benefitId: string; certificateNumber?: string; districtCode?: string; consents: Register[]; channel?: 'counter' | 'homeVisit' },
): Promise<BenefitMatter> {
  const certificate = request.certificateNumber ? await deps.certificates.get(request.certificateNumber) : undefined;
  if (request.certificateNumber) {
    const mine = certificate && (request.channel ? certificate.districtCode === caller.district : certificate.holderUserId === caller.userId);
    if (!certificate || !mine) throw new NotFoundError();
    if (certificate.status !== 'valid') throw new ValidationError([{ field: 'certificateNumber', code: 'error.certificate.notValid' }]);
  }
  const districtCode = certificate?.districtCode ?? request.districtCode!;
  const today = shanghaiDate(deps.now());
  const version = benefitInEffect(request.benefitId, districtCode, today);
  if (!version) throw new ValidationError([{ field: 'benefitId', code: 'error.benefit.notOffered' }]);
  if (!certificate && !version.eligibility.card?.diagnosisInstead && version.eligibility.card) throw new ValidationError([{ field: 'certificateNumber', code: 'error.required' }]);
  const consents = consentsOf(version, request.consents);

  // Without a card (a diagnosis stands in) the person is typed in; a benefit only guardians claim says who applies.
  const answers: BenefitAnswers = certificate ? answersFromCard(certificate) : version.guardianApplies ? { actingAs: 'guardian' } : {};
  if (answers.personIdNumber) {
    const held = await deps.benefitHoldings.heldBy(answers.personIdNumber);
    if (held.some((h) => h.benefitId === request.benefitId)) throw new ValidationError([{ field: 'benefitId', code: 'error.benefit.alreadyOpen' }]);
  }
  const mine = await ownMatters(deps, ownerId, request.benefitId, answers.personIdNumber);
  const accepted = ownerId === caller.userId ? await acceptProposed(deps, caller, mine, request.benefitId) : undefined;
  const draft =
    accepted ??
    mine.find((m) => m.status === 'draft') ??
    (await createDraft(deps, ownerId, answers, {
      matter: BENEFIT_MATTER,
      benefitId: request.benefitId,
      rulesFrom: version.validFrom,
      districtCode,
      ...(certificate ? { certificateNumber: certificate.number } : {}),
      ...(request.channel ? { channel: request.channel, filedBy: caller.userId } : {}),
    } as Partial<BenefitMatter> & Pick<BenefitMatter, 'matter'>));
  if (consents.length === 0) return draft as BenefitMatter;
  return saveBenefit(deps, caller, draft.id, { version: draft.version, answers: {}, masks: {}, consents });
}

/** Saves answers, consents (asking those registers now) and the bank account, in one transition. */
export async function saveBenefit(deps: ApplyDeps & { vault?: SecretVault }, caller: Caller, id: string, body: SaveBenefitBody): Promise<BenefitMatter> {
  const matter = await benefitMatterFor(deps, id, caller);
  const kept = keepUnchanged(body.answers as Record<string, unknown>, matter.answers, body.masks);
  if (kept.wrong.length) throw new ValidationError(kept.wrong.map((field) => ({ field: `answers.${field}`, code: 'error.masked.retype' })));
  const at = deps.now().toISOString();
  const given = consentsOf(rulesOf(matter, shanghaiDate(deps.now())), body.consents ?? []);
  const consents = { ...matter.answers.consents, ...Object.fromEntries(given.filter((r) => !matter.answers.consents?.[r]).map((r) => [r, at])) };
  const answers: BenefitAnswers = { ...matter.answers, ...(kept.answers as BenefitAnswers), consents };
  const samePerson = answers.personIdNumber === matter.answers.personIdNumber;
  if (!samePerson && matter.certificateNumber) throw new ValidationError([{ field: 'answers.personIdNumber', code: 'error.benefit.fromCard' }]);
  // Once sent, the application is about that person: what it holds and what was checked stay theirs.
  if (!samePerson && matter.status !== 'draft') throw new ValidationError([{ field: 'answers.personIdNumber', code: 'error.benefit.personSent' }]);

  let bankAccount: BenefitMatter['bankAccount'];
  if (body.bankAccount) {
    const problems = bankAccountProblems(body.bankAccount, [answers.personName, answers.actingAs !== 'self' ? answers.agentName : undefined]);
    if (problems.length) throw new ValidationError(problems);
    const { accountNumber, ...rest } = body.bankAccount;
    bankAccount = { ...rest, masked: maskAccountNumber(accountNumber), sealed: await deps.vault!.seal(accountNumber, { matterId: matter.id }) };
  }
  // Registers consented to and not yet asked about this person are asked now (all of them again when the
  // person typed in changed); one that did not answer is asked again by the nightly job.
  const asked = samePerson ? (matter.lookups ?? {}) : {};
  const fresh = (Object.keys(consents) as Register[]).filter((r) => !asked[r]);
  if (fresh.length && answers.personIdNumber && !matter.certificateNumber) await takeTypedLookup(deps, caller);
  const lookups = await lookUp(deps, caller, { ...matter, answers, lookups: asked }, fresh, 'consent');
  const input = { answers, lookups, ...(samePerson ? {} : { replaceLookups: true }), ...(bankAccount ? { bankAccount } : {}) };
  return runTransition<BenefitMatter, unknown>(deps, { id, action: 'save', caller, expectedVersion: body.version, input });
}

/** 政策找人's proposal: the person says yes (it becomes their draft) or no. Nothing is sent without the yes. */
export async function answerProposal(deps: MatterDeps, caller: Caller, id: string, version: number, accept: boolean): Promise<BenefitMatter> {
  const matter = await benefitMatterFor(deps, id, caller);
  return runTransition<BenefitMatter, unknown>(deps, { id: matter.id, action: accept ? 'acceptProposal' : 'declineProposal', caller, expectedVersion: version });
}
