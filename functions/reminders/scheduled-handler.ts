import { wire } from '../adapters/wire.js';
import { districts } from '../districts/district-config.js';
import { reminderHandler } from '../routes.js';
import { logEvent } from '../shared/log.js';
import { sendReminders } from './send-reminders.js';
import { benefitsNightly } from '../benefits/nightly.js';

const deps = wire(reminderHandler.needs, reminderHandler.handler);

/** Run once a day by an EventBridge schedule (locally: by the platform, hourly). */
export async function handler(): Promise<{ queued: number; benefits: { moved: number; proposed: number } }> {
  const queued = await sendReminders(deps, districts);
  logEvent('info', 'reminders.queued', { queued });
  return { queued, benefits: await benefitsNightly(deps, districts) };
}
