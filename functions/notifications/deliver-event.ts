import type { OutboxEvent } from '../applications/application.js';
import type { SmsSender, UserStore } from '../auth/ports.js';
import type { DeliveryLog, NoticeStore } from './ports.js';
import { noticeText, smsText } from './templates.js';

export interface DeliveryDeps {
  users: UserStore;
  notices: NoticeStore;
  deliveries: DeliveryLog;
  sms: SmsSender;
}

/**
 * Delivers one outbox event: an in-app notice and an SMS to each recipient, in their language. Safe to
 * run any number of times for the same event: each (event, channel, recipient) is sent at most once.
 */
export async function deliverEvent(deps: DeliveryDeps, event: OutboxEvent): Promise<void> {
  for (const userId of event.recipientUserIds) {
    const user = await deps.users.get(userId);
    if (!user) continue;
    const text = noticeText(event, user.language);
    await deps.notices.putOnce({
      id: event.id,
      userId,
      applicationId: event.applicationId,
      type: event.type,
      ...text,
      language: user.language,
      createdAt: event.createdAt,
    });

    if (await deps.deliveries.claim(event.id, 'sms', userId, new Date().toISOString())) {
      try {
        await deps.sms.send({ to: user.phone, text: smsText(event, user.language), dedupeKey: `${event.id}:sms:${userId}` });
      } catch (error) {
        // Let the stream retry deliver it later.
        await deps.deliveries.release(event.id, 'sms', userId);
        throw error;
      }
    }
  }
}
