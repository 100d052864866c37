/**
 * What a matter type declares: its statuses, its transitions as data, its answers and materials, its
 * deadlines. The kernel (run-transition.ts) runs any of them the same way.
 */
import type { DistrictRules } from '../districts/district-config.js';
import type { FieldError } from '../shared/errors.js';
import type { Acting, MatterRecord, MatterRole } from './matter.js';
import type { StateChange, WritePart } from './ports.js';
import type { MatterEvent } from '../notifications/templates.js';

/** What a guard or an effect sees: the matter, the request, who acts, the time, the district's rules. */
export interface TransitionContext<M extends MatterRecord = MatterRecord, D = unknown> {
  matter: M;
  input: Record<string, unknown>;
  by: Acting;
  now: Date;
  today: string;
  at: string;
  /** The rules of the matter's district in effect today. */
  rules: DistrictRules;
  /** What this type's guards and effects need besides the kernel (a certificate store, …). */
  deps: D;
  /** The matter's type, for generic steps that ask it (what is incomplete, its time limits). */
  type: MatterType<M, D>;
}

/** What an effect adds to the change: fields, message parameters, another event name, other stores' writes. */
export interface Outcome<M extends MatterRecord = MatterRecord> {
  set?: Partial<Omit<M, 'id' | 'ownerId' | 'version' | 'createdAt' | 'status'>>;
  params?: Record<string, string>;
  /** Replaces the transition's event (e.g. accepted with a material to follow). */
  event?: MatterEvent;
  /** The status the matter moves to: one of the transition's declared targets (`to` as a list), or, where configuration decides it, a status in place of its `to` (a benefit's next review stage). */
  to?: M['status'];
  writes?: WritePart[];
}

export interface Transition<M extends MatterRecord = MatterRecord, D = unknown> {
  from: readonly M['status'][];
  /**
   * The status after it; the same status when absent (signing a promise, claiming a matter). A list when
   * the effect chooses (`Outcome.to`): a booking cancelled goes back to waiting only if it was the last one.
   */
  to?: M['status'] | readonly M['status'][];
  /** The part (or any of the parts) the actor plays in this matter (functions/matters/access.ts decides who plays it). */
  by: MatterRole | readonly MatterRole[];
  /** Names the timeline text, the audit action and the notice (when it has a template); a misspelt name does not compile. */
  event: MatterEvent;
  /** False for what only staff see (claiming a matter): an audit entry, no timeline, no message. */
  timeline?: boolean;
  /** Throws a ValidationError (or another domain error) when the transition may not happen now. */
  guard?: (ctx: TransitionContext<M, D>) => void | Promise<void>;
  effect?: (ctx: TransitionContext<M, D>) => Outcome<M> | Promise<Outcome<M>>;
  /** False for changes the applicant made themselves and needs no message about. */
  notify?: boolean;
  /** False when the step has a page of its own (claiming a matter, signing a promise) rather than being listed among the actions. */
  offered?: boolean;
}

export interface MatterType<M extends MatterRecord = MatterRecord, D = unknown> {
  name: string;
  statuses: readonly M['status'][];
  /** Still being worked on: shown in queues and counted against deadlines. */
  openStatuses: readonly M['status'][];
  transitions: Record<string, Transition<M, D>>;
  /** Everything missing before the matter may be submitted (answers and documents), listed at once. */
  incomplete?: (matter: M, deps: D, now: Date) => Promise<FieldError[]>;
  /** 限时办结 in working days, from the district's rules; none for a matter without a clock. */
  timeLimits?: (rules: DistrictRules) => { promised: number; statutory: number };
  /** The ID number of the person the matter is about; `answers.personIdNumber` when the type does not say (functions/matters/subject.ts). */
  subjectIdNumber?: (matter: M) => unknown;
  /**
   * True when the matter's owner is on record as the person's legal guardian (a minor, or someone under
   * guardianship), checked by staff: they may then let relatives follow the person's matters.
   */
  guardianOnRecord?: (matter: M, now: Date) => boolean;
  /** What a list of the owner's matters says of one besides the common fields (which benefit, by its name). */
  listed?: (matter: M) => Record<string, unknown>;
}

/** Whether someone playing `roles` may take the transition. */
export function playsPart(transition: Pick<Transition<any, any>, 'by'>, roles: readonly MatterRole[]): boolean {
  return ([] as readonly MatterRole[]).concat(transition.by).some((part) => roles.includes(part));
}

/** The status a transition leads to: its one target, the target its effect chose among several, or where it was. */
export function targetOf(transition: Pick<Transition<any, any>, 'to'>, chosen: string | undefined, from: string): string {
  if (typeof transition.to === 'string' || transition.to === undefined) return chosen ?? transition.to ?? from;
  if (!chosen || !transition.to.includes(chosen)) throw new Error(`the effect must choose one of ${transition.to.join(', ')}`);
  return chosen;
}

/** The transitions the parts `roles` may take from `status`: what the pages offer. */
export function availableActions(type: MatterType<any, any>, status: string, roles: readonly MatterRole[]): string[] {
  return Object.entries(type.transitions)
    .filter(([, t]) => playsPart(t, roles) && t.offered !== false && (t.from as readonly string[]).includes(status))
    .map(([action]) => action);
}

export type { StateChange };
