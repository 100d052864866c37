/**
 * Notifications that could not be delivered, for an administrator to look at and send again. The
 * event was kept whole when it failed, so it can be replayed at any time; a replay keeps its id, so
 * whoever already got it does not get it twice.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { FailedNotices, Outbox, ParkedNotice } from '../notifications/ports.js';
import { readOutboxImage } from '../notifications/outbox-event.js';
import { NotFoundError, ValidationError } from '../shared/errors.js';

export interface FailedNoticeDeps {
  failures: FailedNotices;
  outbox: Outbox;
  now: () => Date;
}

export async function listFailedNotices(deps: Pick<FailedNoticeDeps, 'failures'>): Promise<ParkedNotice[]> {
  return (await deps.failures.listParked()).sort((a, b) => b.parkedAt.localeCompare(a.parkedAt));
}

export async function replayFailedNotice(deps: FailedNoticeDeps, id: string): Promise<void> {
  const image = await deps.failures.parkedImage(id);
  if (!image) throw new NotFoundError();
  let read: ReturnType<typeof readOutboxImage>;
  try {
    read = readOutboxImage(JSON.parse(image) as Record<string, AttributeValue>);
  } catch {
    read = { unreadable: 'not JSON' };
  }
  // An event that still cannot be read stays parked: replaying it would only park it again.
  if ('unreadable' in read) throw new ValidationError([{ field: 'id', code: 'error.notice.unreadable' }]);
  const at = deps.now().toISOString();
  await deps.outbox.replay(read.event, at);
  await deps.failures.markReplayed(id, at);
}
