import { applicationStore, certificateStore, clock, outboxWriter } from '../adapters/dependencies.js';
import { districts } from '../districts/district-config.js';
import { logEvent } from '../shared/log.js';
import { sendReminders } from './send-reminders.js';

/** Run once a day by an EventBridge schedule (locally: by the platform, hourly). */
export async function handler(): Promise<{ queued: number }> {
  const queued = await sendReminders({ applications: applicationStore(), certificates: certificateStore(), outbox: outboxWriter(), ...clock }, districts);
  logEvent('info', 'reminders.queued', { queued });
  return { queued };
}
