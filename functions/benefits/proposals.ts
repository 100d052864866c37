/**
 * 政策找人: when a card is issued (or changes grade), or a register says something new about a card
 * holder, the engine runs for them and each likely benefit becomes a proposal — a pre-filled matter in
 * status `proposed` — and one notice. Exactly one proposal per person and benefit: its id is derived
 * from both, so a second run (a retried stream record, the nightly job) finds it instead of making
 * another. Nothing is sent without the person's yes (benefit-type.ts: acceptProposal).
 */
import { createHash } from 'node:crypto';
import type { Certificate } from '../certificates/certificate.js';
import type { MatterStore } from '../matters/ports.js';
import { runTransition, type KernelDeps } from '../matters/run-transition.js';
import { IllegalTransitionError, StaleVersionError } from '../shared/errors.js';
import { shanghaiDate } from '../domain/time.js';
import type { Caller } from '../shared/http/caller.js';
import type { Register } from './catalogue-schema.js';
import { benefitsOffered } from './catalogue.js';
import { assess } from './eligibility.js';
import { personFacts } from './person-facts.js';
import { answersFromCard } from './apply.js';
import { BENEFIT_MATTER, isBenefitMatter, type BenefitMatter, type LookupRecord } from './benefit-matter.js';
import type { BenefitHoldings } from './ports.js';

/** The portal's own jobs act as this caller (access.ts gives it the `system` part). */
export const SYSTEM: Caller = { userId: 'system', phone: '', roles: [], system: true };

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A stable matter id for (person, benefit), shaped like every other id (26 Crockford characters). */
export function proposalId(idNumber: string, benefitId: string): string {
  const digest = createHash('sha256').update(`proposal:${idNumber.toUpperCase()}:${benefitId}`).digest();
  let id = '';
  for (let i = 0; i < 26; i++) id += CROCKFORD[digest[i]! % 32];
  return id;
}

export interface ProposalDeps extends KernelDeps<BenefitMatter> {
  matters: MatterStore<BenefitMatter>;
  benefitHoldings: Pick<BenefitHoldings, 'heldBy'>;
}

/** Tells the person once; a second teller finds it told (or the version moved) and leaves it. */
async function announce(deps: ProposalDeps, matter: BenefitMatter): Promise<void> {
  if (matter.proposal?.announcedAt) return;
  try {
    await runTransition(deps, { id: matter.id, action: 'announce', caller: SYSTEM, expectedVersion: matter.version });
  } catch (error) {
    if (!(error instanceof StaleVersionError || error instanceof IllegalTransitionError)) throw error;
  }
}

const alreadyExists = (error: unknown) => (error as { name?: string }).name === 'ConditionalCheckFailedException';

/** Runs the engine for the card's holder; answers the ids of the proposals that exist for them now. */
export async function proposeFor(
  deps: ProposalDeps,
  certificate: Certificate,
  trigger: NonNullable<BenefitMatter['proposal']>['trigger'],
  lookups: Partial<Record<Register, LookupRecord>> = {},
): Promise<string[]> {
  if (certificate.status !== 'valid') return [];
  const now = deps.now();
  const today = shanghaiDate(now);
  const answers = answersFromCard(certificate);
  const held = await deps.benefitHoldings.heldBy(certificate.idNumber);
  const mine = await deps.matters.listByOwner(certificate.holderUserId);
  const person = personFacts({ certificate, answers, lookups, districtCode: certificate.districtCode, today, holding: held.map((h) => h.benefitId), hukouFromCard: true });
  const ids: string[] = [];
  for (const v of benefitsOffered(certificate.districtCode, today)) {
    const assessment = assess(v, person);
    if (assessment.outcome !== 'likely' || held.some((h) => h.benefitId === v.id)) continue;
    const id = proposalId(certificate.idNumber, v.id);
    const started = mine.some((m) => isBenefitMatter(m) && m.id !== id && m.benefitId === v.id && m.answers.personIdNumber === certificate.idNumber && m.status === 'draft');
    if (started) continue;
    const existing = await deps.matters.get(id);
    if (existing) {
      if (existing.status === 'proposed') await announce(deps, existing);
      ids.push(id);
      continue;
    }
    const at = now.toISOString();
    const proposal: BenefitMatter = {
      id,
      matter: BENEFIT_MATTER,
      ownerId: certificate.holderUserId,
      status: 'proposed',
      version: 1,
      answers,
      benefitId: v.id,
      rulesFrom: v.validFrom,
      districtCode: certificate.districtCode,
      certificateNumber: certificate.number,
      channel: 'online',
      eligibility: assessment,
      ...(Object.keys(lookups).length ? { lookups } : {}),
      proposal: { trigger, at },
      createdAt: at,
      updatedAt: at,
    };
    try {
      await deps.matters.create(proposal);
    } catch (error) {
      if (!alreadyExists(error)) throw error;
    }
    await announce(deps, (await deps.matters.get(id))!);
    ids.push(id);
  }
  return ids;
}
