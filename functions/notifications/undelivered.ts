/**
 * When a message finally fails (after the notifier's retries, or a held SMS that cannot go out): the
 * recipient's in-app notice says the SMS did not arrive, and staff see it on the matter's audit trail.
 */
import type { OutboxEvent } from '../matters/matter.js';
import type { HistoryStore } from '../matters/ports.js';
import { maskMobile } from '../domain/phone.js';
import { maskEmail } from '../domain/email.js';
import { DeliveryFailedError, type FailedDelivery } from './deliver-event.js';
import type { NoticeStore } from './ports.js';

export interface UndeliveredDeps {
  notices: Pick<NoticeStore, 'markSmsFailed'>;
  history: Pick<HistoryStore, 'recordAudit'>;
  now: () => Date;
  newId: () => string;
}

export async function recordUndelivered(deps: UndeliveredDeps, event: Pick<OutboxEvent, 'id' | 'type' | 'applicationId'>, failures: FailedDelivery[]): Promise<void> {
  for (const failure of failures) {
    if (failure.channel === 'sms' && failure.userId) await deps.notices.markSmsFailed(failure.userId, event.id);
    if (!event.applicationId) continue;
    await deps.history.recordAudit(event.applicationId, {
      id: deps.newId(),
      at: deps.now().toISOString(),
      actorUserId: 'system',
      actorName: 'system',
      action: failure.channel === 'sms' ? 'smsFailed' : 'emailFailed',
      detail: { event: event.type, recipient: failure.role, to: failure.channel === 'sms' ? maskMobile(failure.to) : maskEmail(failure.to) },
    });
  }
}

/** The failures an error from delivering names; none when the error was not about a channel (the table, say). */
export const failuresOf = (error: unknown): FailedDelivery[] => (error instanceof DeliveryFailedError ? error.failures : []);
