import { routeHandler } from '../shared/http/route.js';

/** Messages (SMS, in-app) are written in the language the person last chose. */
export const handler = routeHandler('PUT /api/me/language', async ({ deps, caller, body }) => {
  await deps.users.setLanguage(caller.userId, body.language);
  return { body: { language: body.language } };
});
