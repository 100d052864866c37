/**
 * Sends the SMS held through quiet hours once they have ended, oldest first. A relative whose
 * delegation ended overnight gets nothing. One that keeps failing is given up after a few tries and
 * recorded as undelivered, like any other.
 */
import type { SmsSender } from '../auth/ports.js';
import type { AudienceMember } from './deliver-event.js';
import type { HeldSmsStore } from './ports.js';
import { recordUndelivered, type UndeliveredDeps } from './undelivered.js';

export interface HeldSmsDeps extends UndeliveredDeps {
  held: HeldSmsStore;
  sms: SmsSender;
  audience?: (applicationId: string) => Promise<AudienceMember[]>;
}

const MAX_TRIES = 3;

export async function sendHeldSms(deps: HeldSmsDeps): Promise<{ sent: number; dropped: number }> {
  const now = deps.now();
  let sent = 0;
  let dropped = 0;
  for (const message of await deps.held.due(now.toISOString())) {
    if (message.recheck && message.applicationId && deps.audience) {
      const stillHears = (await deps.audience(message.applicationId)).some((m) => m.userId === message.recipient);
      if (!stillHears) {
        await deps.held.remove(message);
        dropped++;
        continue;
      }
    }
    try {
      await deps.sms.send({ to: message.to, sms: message.sms, dedupeKey: `${message.eventId}:sms:${message.recipient}` });
      await deps.held.remove(message);
      sent++;
    } catch {
      if ((await deps.held.failedOnce(message)) < MAX_TRIES) continue;
      await deps.held.remove(message);
      const direct = message.recipient.startsWith('direct#');
      await recordUndelivered(deps, { id: message.eventId, type: message.sms.template, applicationId: message.applicationId ?? '' }, [
        { channel: 'sms', role: message.role ?? (direct ? 'direct' : 'owner'), to: message.to, ...(direct ? {} : { userId: message.recipient }) },
      ]);
    }
  }
  return { sent, dropped };
}
