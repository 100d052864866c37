import { wire } from '../adapters/wire.js';
import { districts } from '../districts/district-config.js';
import { reminderHandler } from '../routes.js';
import { logEvent } from '../shared/log.js';
import { sendReminders } from './send-reminders.js';

const deps = wire(reminderHandler.needs, reminderHandler.handler);

/** Run once a day by an EventBridge schedule (locally: by the platform, hourly). */
export async function handler(): Promise<{ queued: number }> {
  const queued = await sendReminders(deps, districts);
  logEvent('info', 'reminders.queued', { queued });
  return { queued };
}
