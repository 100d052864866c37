import type { Application, ApplicationStore } from '../applications/application.js';
import { applicationInDistrict } from '../applications/access.js';
import type { UserStore } from '../auth/ports.js';
import { StaleVersionError, ValidationError } from '../shared/errors.js';
import type { Caller } from '../shared/http/caller.js';
import { staffActing } from './workspace.js';

export interface AssignDeps {
  applications: ApplicationStore;
  users: UserStore;
  now: () => Date;
  newId: () => string;
}

/** Claim a matter (assignee = oneself) or hand it to a colleague of the same district; audited, version-guarded. */
export async function assign(deps: AssignDeps, caller: Caller, id: string, assigneeUserId: string, expectedVersion: number): Promise<Application> {
  const application = await applicationInDistrict(deps.applications, id, caller);
  if (application.version !== expectedVersion) throw new StaleVersionError({ status: application.status, version: application.version });
  const assignee = await deps.users.get(assigneeUserId);
  if (!assignee || !assignee.roles.includes('staff') || assignee.district !== caller.district) {
    throw new ValidationError([{ field: 'assigneeUserId', code: 'error.choose' }]);
  }
  const by = await staffActing(deps.users, caller);
  const at = deps.now().toISOString();
  const name = assignee.displayName ?? assignee.userId;
  return deps.applications.changeState({
    application,
    expectedVersion,
    at,
    set: { status: application.status, assignee: { userId: assignee.userId, name } },
    audit: {
      id: deps.newId(),
      at,
      actorUserId: by.userId,
      actorName: by.name,
      action: assignee.userId === caller.userId ? 'claimed' : 'reassigned',
      detail: { from: application.assignee?.name ?? '', to: name },
    },
  });
}
