import { shanghaiDate } from '../domain/time.js';
import { maskMobile } from '../domain/phone.js';
import { currentState, type Delegation } from './delegation.js';

/** A delegation as its two sides see it: the phone masked, never the person's key. */
export function delegationView(d: Delegation, now: Date) {
  const { state, reason } = currentState(d, now, shanghaiDate(now));
  return {
    id: d.id,
    personId: d.personId,
    delegateName: d.delegateName,
    relationship: d.relationship,
    phoneMasked: maskMobile(d.delegatePhone),
    scopes: d.scopes,
    state,
    ...(reason ? { reason } : {}),
    ...(d.endsOn ? { endsOn: d.endsOn } : {}),
    ...(d.comesOfAgeOn ? { comesOfAgeOn: d.comesOfAgeOn } : {}),
    ...(d.inviteExpiresAt ? { inviteExpiresAt: d.inviteExpiresAt } : {}),
    source: d.source,
    createdAt: d.createdAt,
  };
}
