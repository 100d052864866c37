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
import { partsOf, type AccessDeps } from './access.js';
import { matterType } from './registry.js';
import { stateChange, type ChangeInput } from './change.js';

export interface KernelDeps<M extends MatterRecord = MatterRecord> extends Pick<AccessDeps<M>, 'partSources'> {
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
  if (!transition || !playsPart(transition, parts)) {
    // Someone with no part in the matter cannot tell it from none; someone with another part is refused the action.
    if (parts.length === 0) throw new NotFoundError();
    throw new IllegalTransitionError(request.action, matter.status);
  }
  if (!transition.from.includes(matter.status)) throw new IllegalTransitionError(request.action, matter.status);
  if (matter.version !== request.expectedVersion) throw new StaleVersionError({ status: matter.status, version: matter.version });

  const now = deps.now();
  const today = shanghaiDate(now);
  const by = await actingOn(deps.users, request.caller, matter);
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
