import type { UserStore } from '../auth/ports.js';
import type { Caller } from '../shared/http/caller.js';
import type { HistoryStore } from './ports.js';
import type { Acting } from './matter.js';
import { staffActing } from './acting.js';
import { auditActor } from './change.js';

/** Writes who looked at what on a matter (a view, a reveal, a document); called before the data is handed out. */
export async function recordLook(
  deps: { history: Pick<HistoryStore, 'recordAudit'>; users: Pick<UserStore, 'get'>; now: () => Date; newId: () => string },
  caller: Caller,
  matterId: string,
  action: string,
  detail?: Record<string, string>,
  /** Who looked, when not a staff member (the person, a relative): named as the timeline names them. */
  acting?: Acting,
): Promise<void> {
  const by = acting ?? (await staffActing(deps.users, caller));
  await deps.history.recordAudit(matterId, {
    id: deps.newId(),
    at: deps.now().toISOString(),
    ...auditActor(by),
    actorRole: by.role,
    action,
    ...(detail ? { detail } : {}),
  });
}
