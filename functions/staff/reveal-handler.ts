import { authedRoute } from '../shared/http/route.js';
import { applicationIdParam } from '../applications/schemas.js';
import { revealBody } from './schemas.js';
import { reveal } from './workspace.js';
import { workspaceDeps } from './staff-deps.js';
import { rateCounter } from '../adapters/dependencies.js';
import { getConfig } from '../shared/config.js';
import { countMetric } from '../shared/metrics.js';

export const handler = authedRoute(['staff'], { params: applicationIdParam, body: revealBody }, async ({ caller, params, body }) => {
  return { body: { field: body.field, value: await reveal({ ...workspaceDeps(), rates: rateCounter(), revealsPerHour: getConfig().REVEALS_PER_HOUR, alert: countMetric }, caller, params.id, body.field) } };
});
