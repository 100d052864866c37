/**
 * Who besides the matter's owner hears about each step, looked up when the message goes out: the
 * person's own linked account, and every relative whose delegation in force lets them receive messages.
 */
import type { MatterStore } from '../matters/ports.js';
import { shanghaiDate } from '../domain/time.js';
import type { AudienceMember } from '../notifications/deliver-event.js';
import { isActive } from './delegation.js';
import type { DelegationStore, PersonStore } from './ports.js';

export interface AudienceDeps {
  matters: Pick<MatterStore, 'get'>;
  persons: Pick<PersonStore, 'linkOfPerson' | 'profile'>;
  delegations: Pick<DelegationStore, 'listForPerson'>;
  now: () => Date;
}

export function personAudience(deps: AudienceDeps): (applicationId: string) => Promise<AudienceMember[]> {
  return async (applicationId) => {
    const matter = await deps.matters.get(applicationId);
    if (!matter?.subject) return [];
    const now = deps.now();
    const today = shanghaiDate(now);
    const [link, delegations, profile] = await Promise.all([deps.persons.linkOfPerson(matter.subject), deps.delegations.listForPerson(matter.subject), deps.persons.profile(matter.subject)]);
    const about = profile?.name ?? (typeof matter.answers.personName === 'string' ? matter.answers.personName : undefined);
    const members: AudienceMember[] = link ? [{ userId: link.userId, role: 'person', canView: true }] : [];
    for (const d of delegations) {
      if (!d.delegateUserId || !d.scopes.includes('receive') || !isActive(d, now, today)) continue;
      members.push({ userId: d.delegateUserId, role: 'delegate', canView: d.scopes.includes('follow') || d.scopes.includes('act'), ...(about ? { about } : {}) });
    }
    return members;
  };
}
