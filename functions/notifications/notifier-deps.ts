/** The notifier's and the held-SMS job's adapters and settings, from what their entries in routes.ts declare. */
import type { Deps } from '../adapters/wire.js';
import { getConfig } from '../shared/config.js';
import { personAudience } from '../family/audience.js';
import type { DeliveryDeps } from './deliver-event.js';
import type { HeldSmsDeps } from './held-sms.js';
import { parseQuietHours } from './quiet-hours.js';

export function deliveryDeps(adapters: Deps): DeliveryDeps & HeldSmsDeps {
  const config = getConfig();
  const quietHours = parseQuietHours(config.SMS_QUIET_HOURS);
  return {
    get users() {
      return adapters.users;
    },
    get notices() {
      return adapters.notices;
    },
    get deliveries() {
      return adapters.deliveries;
    },
    get sms() {
      return adapters.sms;
    },
    get email() {
      return adapters.email;
    },
    get held() {
      return adapters.heldSms;
    },
    get history() {
      return adapters.history;
    },
    audience: (applicationId) => personAudience(adapters)(applicationId),
    ...(quietHours ? { quietHours } : {}),
    now: adapters.now,
    newId: adapters.newId,
    ...(config.PUBLIC_WEB_URL ? { webUrl: config.PUBLIC_WEB_URL.replace(/\/$/, '') } : {}),
  };
}
