/**
 * The one way a matter changes: load → may the caller play the transition's part → is it allowed from
 * this status → is the version current → guard → effect → state, timeline, audit, outbox and the
 * effect's other writes in one version-guarded transaction. The same for every matter type.
 */
import type { Caller } from '../shared/http/caller.js';
import { IllegalTransitionError, NotFoundError, StaleVersionError, ValidationError } from '../shared/errors.js';
import { findDistrict, rulesInEffect } from '../districts/district-config.js';
import { shanghaiDate } from '../domain/time.js';
import type { MatterRecord } from './matter.js';
import type { UserStore } from '../auth/ports.js';
import { actingOn } from './acting.js';
import type { MatterStore } from './ports.js';
import { playsPart, targetOf, type MatterType, type TransitionContext } from './matter-type.js';
import { partsOf, refusedPart, refuseUnknown, type AccessDeps, type ActorSource } from './access.js';
import { subjectOf } from './subject.js';
import { matterType } from './registry.js';
import { stateChange, type ChangeInput } from './change.js';

export interface KernelDeps<M extends MatterRecord = MatterRecord> extends Pick<AccessDeps<M>, 'partSources' | 'refusalWatches'> {
  /** Name the people other sources let act (access.ts). */
  actorSources?: ActorSource[];
  matters: MatterStore<M>;
  /** To name a staff member in the timeline and audit trail. */
  users: Pick<UserStore, 'get'>;
  now: () => Date;
  newId: () => string;
}

export interface TransitionRequest {
  id: string;
  action: string;
  caller: Caller;
  expectedVersion: number;
  input?: Record<string, unknown>;
}

/** `deps` serves the kernel and, as they are, the type's guards and effects. */
export async function runTransition<M extends MatterRecord, D>(deps: KernelDeps<M> & D, request: TransitionRequest): Promise<M> {
  const matter = await deps.matters.get(request.id);
  if (!matter) throw new NotFoundError();
  const type = matterType(matter.matter) as MatterType<M, D>;
  const transition = type.transitions[request.action];
  const parts = await partsOf(deps, request.caller, matter);
  // Someone with no part in the matter cannot tell it from none; someone with another part is refused the action.
  if (parts.length === 0) return refuseUnknown(deps, request.caller, matter);
  if (!transition) throw new IllegalTransitionError(request.action, matter.status);
  if (!playsPart(transition, parts)) {
    // A relative who may only follow is told so; any other part is refused the step as the status would refuse it.
    const refusal = refusedPart(parts);
    throw refusal.reason ? refusal : new IllegalTransitionError(request.action, matter.status);
  }
  if (!transition.from.includes(matter.status)) throw new IllegalTransitionError(request.action, matter.status);
  if (matter.version !== request.expectedVersion) throw new StaleVersionError({ status: matter.status, version: matter.version });

  const now = deps.now();
  const today = shanghaiDate(now);
  const by = await actingOn(deps, request.caller, matter, parts);
  const ctx: TransitionContext<M, D> = {
    matter,
    input: request.input ?? {},
    by,
    now,
    today,
    at: now.toISOString(),
    // Read when a guard or effect needs them: a draft may not have chosen its district yet.
    get rules() {
      const district = findDistrict(matter.districtCode ?? String(matter.answers.districtCode ?? ''));
      if (!district) throw new ValidationError([{ field: 'districtCode', code: 'error.choose' }]);
      return rulesInEffect(district, today);
    },
    deps,
    type,
  };
  await transition.guard?.(ctx);
  const outcome = (await transition.effect?.(ctx)) ?? {};
  const to = targetOf(transition, outcome.to, matter.status) as M['status'];
  if (!type.statuses.includes(to)) throw new Error(`${type.name}.${request.action} leads to unknown status ${to}`);
  return deps.matters.change(
    stateChange<M>({
      matter,
      expectedVersion: request.expectedVersion,
      to,
      open: type.openStatuses.includes(to),
      // From the submission on, the person it is about can find it (functions/matters/subject.ts).
      ...(to !== 'draft' ? { subject: subjectOf(type, matter) } : {}),
      event: outcome.event ?? transition.event,
      ...(outcome.params ? { params: outcome.params } : {}),
      ...(outcome.set ? { set: outcome.set as ChangeInput<M>['set'] } : {}),
      by,
      at: ctx.at,
      newId: deps.newId,
      ...(transition.notify === false ? { notify: false } : {}),
      ...(transition.timeline === false ? { timeline: false } : {}),
      ...(outcome.writes ? { writes: outcome.writes } : {}),
    }),
  );
}
