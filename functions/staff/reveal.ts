/**
 * Shows one masked value in full and records who saw it. A staff member gets only so many an hour:
 * more than a day's work needs is how a leak looks, so it is refused and raised as an alert.
 */
import type { RateCounter, UserStore } from '../auth/ports.js';
import type { HistoryStore, MatterStore } from '../matters/ports.js';
import { matterFor } from '../matters/access.js';
import { recordLook } from '../matters/looks.js';
import type { SensitiveField } from '../matters/sensitive-answers.js';
import { RateLimitedError, ValidationError } from '../shared/errors.js';
import type { Caller } from '../shared/http/caller.js';
import { logEvent } from '../shared/log.js';
import type { AlertMetric } from '../shared/metrics.js';
import type { Application } from '../certificates/application.js';

export interface RevealDeps {
  matters: Pick<MatterStore<Application>, 'get'>;
  history: Pick<HistoryStore, 'recordAudit'>;
  users: Pick<UserStore, 'get'>;
  rates: RateCounter;
  now: () => Date;
  newId: () => string;
  revealsPerHour: number;
  alert(metric: AlertMetric): void;
}

export async function reveal(deps: RevealDeps, caller: Caller, id: string, field: SensitiveField): Promise<string> {
  const application = await matterFor(deps, id, caller, 'staff');
  const value = application.answers[field];
  if (!value) throw new ValidationError([{ field, code: 'error.notAnswered' }]);
  const now = deps.now();
  const hour = now.toISOString().slice(0, 13);
  if (!(await deps.rates.take(`reveal#${caller.userId}`, hour, deps.revealsPerHour, Math.floor(now.getTime() / 1000) + 2 * 3600))) {
    logEvent('error', 'reveal limit reached', { staffUserId: caller.userId, district: caller.district, limitPerHour: deps.revealsPerHour });
    deps.alert('RevealLimitReached');
    throw new RateLimitedError(3600 - now.getUTCMinutes() * 60 - now.getUTCSeconds());
  }
  await recordLook(deps, caller, id, 'revealed', { field });
  return value;
}
