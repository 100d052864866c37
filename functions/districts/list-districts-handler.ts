import { routeHandler } from '../shared/http/route.js';
import { districts, rulesInEffect } from './district-config.js';
import { shanghaiDate } from '../domain/time.js';

export const handler = routeHandler('GET /api/districts', async () => {
  const today = shanghaiDate(new Date());
  return {
    body: {
      districts: districts.map((d) => ({ code: d.code, name: d.name, assessmentInstitutions: d.assessmentInstitutions, rules: rulesInEffect(d, today) })),
    },
    headers: { 'cache-control': 'public, max-age=300' },
  };
});
