import { wire } from '../adapters/wire.js';
import { districts } from '../districts/district-config.js';
import { reminderHandler } from '../routes.js';
import { logEvent } from '../shared/log.js';
import { sendReminders } from './send-reminders.js';
import { endDueDelegations } from '../family/endings.js';
import { benefitsNightly } from '../benefits/nightly.js';

const deps = wire(reminderHandler.needs, reminderHandler.handler);

/** Run once a day by an EventBridge schedule (locally: by the platform, hourly). */
export async function handler(): Promise<{ queued: number; delegationsEnded: number; benefits: { moved: number; proposed: number } }> {
  const queued = await sendReminders(deps, districts);
  // Delegations that ended by themselves (their date, or a minor's 18th birthday) are written down and announced.
  const delegationsEnded = await endDueDelegations(deps);
  logEvent('info', 'reminders.queued', { queued, delegationsEnded });
  return { queued, delegationsEnded, benefits: await benefitsNightly(deps, districts) };
}
