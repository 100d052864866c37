/**
 * Builds the one transaction every state change writes: the new state, the citizen's timeline entry,
 * the audit entry and the notification event, all named by the same event.
 */
import { NO_DEADLINE, type Application, type StateChange } from './application.js';
import { OPEN_STATUSES, type ApplicationStatus } from './state-machine.js';
import { hasTemplate } from '../notifications/templates.js';

export interface Acting {
  role: 'citizen' | 'staff';
  userId: string;
  name: string;
}

export interface ChangeInput {
  application: Application;
  expectedVersion: number;
  to: ApplicationStatus;
  /** Names the timeline text, the audit action and the notice template. */
  event: string;
  params?: Record<string, string>;
  set?: Omit<StateChange['set'], 'status'>;
  by: Acting;
  at: string;
  newId: () => string;
  /** False for changes the citizen made themselves and needs no message about. */
  notify?: boolean;
  certificates?: StateChange['certificates'];
  reapplyBlock?: StateChange['reapplyBlock'];
}

/**
 * The account that applied. The person's own phone, typed into the form by whoever applied for them,
 * is not texted: nobody has shown that the number is theirs (it could be anyone's).
 */
export function recipientsOf(application: Application): { recipientUserIds: string[] } {
  return { recipientUserIds: [application.ownerId] };
}

export function stateChange(input: ChangeInput): StateChange {
  const { application, at, newId, by, event, to } = input;
  const params = { reference: application.reference ?? '', ...input.params };
  return {
    application,
    expectedVersion: input.expectedVersion,
    at,
    // Finished matters sink to the end of the district's queue.
    set: { ...(OPEN_STATUSES.includes(to) ? {} : { queueDate: NO_DEADLINE }), ...input.set, status: to },
    timeline: { id: newId(), at, status: to, event, actor: by.role, params },
    audit: { id: newId(), at, actorUserId: by.userId, actorName: by.name, actorRole: by.role, action: event, detail: { ...params, from: application.status, to } },
    ...(input.notify === false || !hasTemplate(event) ? {} : { outbox: { id: newId(), type: event, applicationId: application.id, ...recipientsOf(application), params, createdAt: at } }),
    ...(input.certificates ? { certificates: input.certificates } : {}),
    ...(input.reapplyBlock ? { reapplyBlock: input.reapplyBlock } : {}),
  };
}
