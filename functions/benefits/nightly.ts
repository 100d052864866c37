/**
 * The benefits' part of the nightly job: ask again the registers that did not answer (a matter then
 * moves on to its first review stage by itself), and read each register's change feed — a household
 * newly on 低保, a new allowance — to run 政策找人 for the card holders it names. The federation's
 * own lookups are audited on the matter that issued the person's card.
 */
import type { District } from '../districts/district-config.js';
import type { CertificateStore, PeopleStore } from '../certificates/certificate.js';
import type { HistoryStore } from '../matters/ports.js';
import { runTransition } from '../matters/run-transition.js';
import { logEvent } from '../shared/log.js';
import { IllegalTransitionError, StaleVersionError } from '../shared/errors.js';
import { REGISTERS, type Register } from './catalogue-schema.js';
import { isBenefitMatter, type BenefitMatter } from './benefit-matter.js';
import { lookUp, pendingLookups, type LookupDeps } from './lookups.js';
import { proposeFor, SYSTEM, type ProposalDeps } from './proposals.js';
import type { JobCursors } from './ports.js';

export interface NightlyDeps extends ProposalDeps, LookupDeps {
  certificates: Pick<CertificateStore, 'get'>;
  people: Pick<PeopleStore, 'validCertificateOf'>;
  history: Pick<HistoryStore, 'recordAudit'>;
  jobCursors: JobCursors;
}

/** Matters waiting for a register: asked again; on to review once every register answered. */
export async function retryWaiting(deps: NightlyDeps, districts: readonly District[]): Promise<number> {
  let moved = 0;
  for (const district of districts) {
    const waiting = (await deps.matters.listByDistrict(district.code, { openOnly: true })).filter((m): m is BenefitMatter => isBenefitMatter(m) && m.status === 'awaiting_registers');
    for (const matter of waiting) {
      const lookups = await lookUp(deps, SYSTEM, matter, pendingLookups(matter), 'consent');
      const done = Object.values({ ...matter.lookups, ...lookups }).every((l) => l.outcome === 'answered');
      try {
        await runTransition(deps, { id: matter.id, action: done ? 'registersAnswered' : 'recordLookups', caller: SYSTEM, expectedVersion: matter.version, input: { lookups } });
        if (done) moved++;
      } catch (error) {
        // Another run of the job (or the person) moved it first; the next run sees where it is.
        if (!(error instanceof StaleVersionError || error instanceof IllegalTransitionError)) throw error;
      }
    }
  }
  return moved;
}

/** Each register's changes since the last run, and 政策找人 for the card holders among them. */
export async function proposeFromRegisterChanges(deps: NightlyDeps, registers: readonly Register[] = REGISTERS): Promise<number> {
  let proposed = 0;
  for (const register of registers.filter((r) => r !== 'deaths')) {
    const job = `benefits.registerChanges.${register}`;
    const since = (await deps.jobCursors.get(job)) ?? '';
    const changes = await deps.registers[register].changesSince(since);
    for (const change of changes) {
      const number = await deps.people.validCertificateOf(change.idNumber);
      const certificate = number ? await deps.certificates.get(number) : undefined;
      if (!certificate) continue;
      const lookups = await lookUp(deps, SYSTEM, { id: certificate.applicationId, ownerId: certificate.holderUserId, answers: { personIdNumber: certificate.idNumber } }, [register], 'publicDuty');
      proposed += (await proposeFor(deps, certificate, 'register', lookups)).length;
    }
    const last = changes.at(-1);
    if (last) await deps.jobCursors.set(job, last.at);
  }
  return proposed;
}

export async function benefitsNightly(deps: NightlyDeps, districts: readonly District[]): Promise<{ moved: number; proposed: number }> {
  const moved = await retryWaiting(deps, districts);
  const proposed = await proposeFromRegisterChanges(deps);
  logEvent('info', 'benefits.nightly', { moved, proposed });
  return { moved, proposed };
}
