import { wire } from '../adapters/wire.js';
import { heldSmsHandler } from '../routes.js';
import { logEvent } from '../shared/log.js';
import { sendHeldSms } from './held-sms.js';
import { deliveryDeps } from './notifier-deps.js';

const deps = deliveryDeps(wire(heldSmsHandler.needs, heldSmsHandler.handler));

/** Run every quarter of an hour by a schedule (locally: by the platform, every minute). */
export async function handler(): Promise<{ sent: number; dropped: number }> {
  const result = await sendHeldSms(deps);
  if (result.sent || result.dropped) logEvent('info', 'held SMS sent', result);
  return result;
}
