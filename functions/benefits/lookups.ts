/**
 * Asking the partner registers about the person of a matter: with the applicant's consent (naming the
 * register and its purpose), or — for 政策找人 — under the federation's public duty. Every lookup is
 * audited before its answer is used; the answer is kept with the matter (the kernel's `save` or
 * `recordLookups`). A register that does not answer in time is a `noAnswer`, never a refusal.
 */
import type { UserStore } from '../auth/ports.js';
import type { HistoryStore } from '../matters/ports.js';
import { plainActing } from '../matters/acting.js';
import type { Caller } from '../shared/http/caller.js';
import type { Register } from './catalogue-schema.js';
import type { BenefitMatter, LookupRecord } from './benefit-matter.js';
import { withTimeout, type PartnerRegisters } from './registers.js';

export interface LookupDeps {
  registers: PartnerRegisters;
  history: Pick<HistoryStore, 'recordAudit'>;
  users: Pick<UserStore, 'get'>;
  now: () => Date;
  newId: () => string;
}

export async function lookUp(
  deps: LookupDeps,
  caller: Caller,
  matter: Pick<BenefitMatter, 'id' | 'ownerId' | 'answers' | 'lookups'>,
  registers: Register[],
  basis: LookupRecord['basis'],
): Promise<Partial<Record<Register, LookupRecord>>> {
  const idNumber = matter.answers.personIdNumber;
  if (!idNumber || registers.length === 0) return {};
  const by = await plainActing(deps.users, caller, matter);
  const entries = await Promise.all(
    registers.map(async (register): Promise<[Register, LookupRecord]> => {
      const answer = await withTimeout(deps.registers[register].lookup(idNumber));
      const at = deps.now().toISOString();
      await deps.history.recordAudit(matter.id, {
        id: deps.newId(),
        at,
        actorUserId: by.userId,
        actorName: by.name,
        actorRole: by.role,
        action: 'registerLookup',
        detail: { register, basis, outcome: answer.outcome, ...(answer.outcome === 'noAnswer' ? { problem: answer.problem } : {}) },
      });
      const attempts = (matter.lookups?.[register]?.attempts ?? 0) + 1;
      const record: LookupRecord =
        answer.outcome === 'answered' ? { register, at, basis, outcome: 'answered', facts: answer.facts, attempts } : { register, at, basis, outcome: 'noAnswer', problem: answer.problem, attempts };
      return [register, record];
    }),
  );
  return Object.fromEntries(entries);
}

/** The registers consented to that have not answered yet (asked now, or again). */
export function pendingLookups(matter: Pick<BenefitMatter, 'answers' | 'lookups'>): Register[] {
  return (Object.keys(matter.answers.consents ?? {}) as Register[]).filter((r) => matter.lookups?.[r]?.outcome !== 'answered');
}
