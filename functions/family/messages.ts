/** The family feature's messages go out through the outbox like every other, so quiet hours, retries and failures are handled once. */
import type { OutboxEvent } from '../matters/matter.js';
import type { Outbox } from '../notifications/ports.js';
import type { NoticeEvent } from '../notifications/templates.js';
import type { Language } from '../shared/i18n.js';

export interface MessageDeps {
  outbox: Pick<Outbox, 'queue'>;
  now: () => Date;
  newId: () => string;
}

/** A code or an invitation is no use after a day: it leaves the table soon after. */
const DIRECT_RETENTION_SECONDS = 24 * 3600;
const NOTICE_RETENTION_SECONDS = 7 * 24 * 3600;

/** A message to a number or address that belongs to no verified account yet (a code, an invitation). */
export async function sendDirect(deps: MessageDeps, type: NoticeEvent | 'email.verify', params: Record<string, string>, direct: NonNullable<OutboxEvent['direct']>): Promise<void> {
  await deps.outbox.queue({ id: deps.newId(), type, applicationId: '', recipientUserIds: [], params, createdAt: deps.now().toISOString(), direct }, DIRECT_RETENTION_SECONDS);
}

/** A notice (in-app, and SMS or e-mail as each chose) to accounts. */
export async function notifyAccounts(deps: MessageDeps, type: NoticeEvent, params: Record<string, string>, userIds: string[]): Promise<void> {
  const recipients = [...new Set(userIds)];
  if (recipients.length === 0) return;
  await deps.outbox.queue({ id: deps.newId(), type, applicationId: '', recipientUserIds: recipients, params, createdAt: deps.now().toISOString() }, NOTICE_RETENTION_SECONDS);
}

export type { Language };
