import { routeHandler } from '../shared/http/route.js';
import { getConfig } from '../shared/config.js';
import { countMetric } from '../shared/metrics.js';
import { reveal } from './reveal.js';

export const handler = routeHandler('POST /api/staff/applications/{id}/reveal', async ({ deps, caller, params, body }) => {
  const value = await reveal({ ...deps, revealsPerHour: getConfig().REVEALS_PER_HOUR, alert: countMetric }, caller, params.id, body.field);
  return { body: { field: body.field, value } };
});
