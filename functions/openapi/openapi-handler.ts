import { routeHandler } from '../shared/http/route.js';
import { routes } from '../routes.js';
import { getConfig } from '../shared/config.js';
import { openApiDocument } from './openapi-document.js';

export const handler = routeHandler('GET /api/openapi.json', async () => {
  const mounted = getConfig().STAGE === 'local' ? routes : routes.filter((r) => !r.localOnly);
  return { body: openApiDocument(mounted) };
});
