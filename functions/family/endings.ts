/**
 * The daily tidy-up of delegations that ended by themselves: on their date, or at the person's 18th
 * birthday. Access already stopped that morning (every request reads the dates); this writes the end
 * down and tells those concerned — at 18, the now-adult person is asked to confirm.
 */
import { shanghaiDate } from '../domain/time.js';
import { maskName } from '../domain/person-name.js';
import { StaleVersionError } from '../shared/errors.js';
import { currentState } from './delegation.js';
import { notifyAccounts, type MessageDeps } from './messages.js';
import type { DelegationStore, PersonStore } from './ports.js';

export interface EndingsDeps extends MessageDeps {
  delegations: Pick<DelegationStore, 'listEndingOn' | 'save'>;
  persons: Pick<PersonStore, 'linkOfPerson'>;
}

/** A job that missed a day or two catches up: the last week's endings are looked at again. */
const CATCH_UP_DAYS = 7;

export async function endDueDelegations(deps: EndingsDeps): Promise<number> {
  const now = deps.now();
  const today = shanghaiDate(now);
  let ended = 0;
  for (let back = 0; back < CATCH_UP_DAYS; back++) {
    const day = shanghaiDate(new Date(now.getTime() - back * 24 * 3600 * 1000));
    for (const d of await deps.delegations.listEndingOn(day)) {
      const { state, reason } = currentState(d, now, today);
      if (d.status !== 'active' || state !== 'ended') continue;
      const cameOfAge = reason === 'cameOfAge';
      try {
        await deps.delegations.save({ ...d, status: 'ended', endedAt: now.toISOString(), endedBy: 'system', endReason: reason ?? 'expired', ...(cameOfAge ? { awaitingConfirmation: true } : {}) }, d.version);
      } catch (error) {
        if (error instanceof StaleVersionError) continue;
        throw error;
      }
      ended++;
      const person = maskName(d.personName);
      if (cameOfAge) {
        const link = await deps.persons.linkOfPerson(d.personKey);
        const people = [d.delegateUserId, d.grantor.userId, link?.userId].filter((id): id is string => Boolean(id));
        await notifyAccounts(deps, 'family.cameOfAge', { person, delegate: d.delegateName }, people);
      } else if (d.delegateUserId) {
        await notifyAccounts(deps, 'family.ended', { person }, [d.delegateUserId]);
      }
    }
  }
  return ended;
}
