import type { OutboxEvent } from '../matters/matter.js';
import type { SmsSender, UserStore } from '../auth/ports.js';
import type { DeliveryLog, NoticeStore } from './ports.js';
import { noticeText, smsFor } from './templates.js';
import type { Language } from '../shared/i18n.js';

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
  const textOnce = async (recipient: string, phone: string, language: Language) => {
    if (!(await deps.deliveries.claim(event.id, 'sms', recipient, new Date().toISOString()))) return;
    try {
      await deps.sms.send({ to: phone, sms: smsFor(event, language), dedupeKey: `${event.id}:sms:${recipient}` });
    } catch (error) {
      // Let the stream retry deliver it later.
      await deps.deliveries.release(event.id, 'sms', recipient);
      throw error;
    }
  };

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

    await textOnce(userId, user.phone, user.language);
  }
  // Events queued before this rule may still name `recipientPhones`: numbers nobody verified are never texted.
}
