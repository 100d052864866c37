import { routeHandler } from '../shared/http/route.js';
import { setChannels } from './preferences.js';
import { preferenceDeps } from './preference-deps.js';

/** Which channels besides in-app: SMS, and e-mail once an address is verified. */
export const handler = routeHandler('PUT /api/me/channels', async ({ deps, caller, body }) => {
  return { body: { channels: await setChannels(preferenceDeps(deps), caller, body) } };
});
