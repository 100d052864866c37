/**
 * Builds the one transaction every state change writes: the new state, the applicant's timeline entry,
 * the audit entry and the notification event, all named by the same event.
 */
import { NO_DEADLINE, type Acting, type MatterRecord, type TimelineEntry } from './matter.js';
import type { StateChange, WritePart } from './ports.js';
import { hasTemplate, type MatterEvent } from '../notifications/templates.js';

export interface ChangeInput<M extends MatterRecord> {
  matter: M;
  expectedVersion: number;
  to: M['status'];
  /** Still being worked on after this change (finished matters sink to the end of the queue). */
  open: boolean;
  event: MatterEvent;
  params?: Record<string, string>;
  set?: Omit<StateChange<M>['set'], 'status'>;
  by: Acting;
  at: string;
  newId: () => string;
  /** False for changes the applicant made themselves and needs no message about. */
  notify?: boolean;
  /** False for changes only staff see (claiming a matter): an audit entry and nothing else. */
  timeline?: boolean;
  writes?: WritePart[];
  /** The person the matter is about after this change (matters/subject.ts); kept on the matter when it changed. */
  subject?: string;
}

/**
 * Who is told about a change: the account the matter belongs to and, looked up when the message goes
 * out (`audience`), the person's own linked account and the relatives they let receive messages. The
 * person's phone typed into the form by whoever applied for them is not texted: nobody has shown that
 * the number is theirs; a linked account and an accepted invitation have.
 */
export function recipientsOf(matter: Pick<MatterRecord, 'ownerId'>): { recipientUserIds: string[]; audience: 'person' } {
  return { recipientUserIds: [matter.ownerId], audience: 'person' };
}

/** A delegate's actions read as theirs on the timeline ("李娜 (daughter) uploaded …"); staff stay unnamed there. */
export function timelineActor(by: Acting): Pick<TimelineEntry, 'actor' | 'actorName' | 'actorRelationship'> {
  if (by.role !== 'delegate') return { actor: by.role };
  return { actor: by.role, actorName: by.name, ...(by.relationship ? { actorRelationship: by.relationship } : {}) };
}

/** An audit entry naming who acted; a delegate's relationship goes into its detail. */
export function auditActor(by: Acting): { actorUserId: string; actorName: string } {
  return { actorUserId: by.userId, actorName: by.relationship ? `${by.name} (${by.relationship})` : by.name };
}

export function stateChange<M extends MatterRecord>(input: ChangeInput<M>): StateChange<M> {
  const { matter, at, newId, by, event, to } = input;
  const params = { reference: matter.reference ?? '', ...input.params };
  const shown = input.timeline !== false;
  return {
    matter,
    expectedVersion: input.expectedVersion,
    at,
    set: {
      ...(input.open ? {} : { queueDate: NO_DEADLINE }),
      ...(input.subject && input.subject !== matter.subject ? { subject: input.subject } : {}),
      ...input.set,
      status: to,
    } as StateChange<M>['set'],
    ...(shown ? { timeline: { id: newId(), at, status: to, event, ...timelineActor(by), params } } : {}),
    audit: { id: newId(), at, ...auditActor(by), ...(shown ? { actorRole: by.role } : {}), action: event, detail: shown ? { ...params, from: matter.status, to } : params },
    ...(input.notify === false || !shown || !hasTemplate(event) ? {} : { outbox: { id: newId(), type: event, applicationId: matter.id, ...recipientsOf(matter), params, createdAt: at } }),
    ...(input.writes?.length ? { writes: input.writes } : {}),
  };
}
