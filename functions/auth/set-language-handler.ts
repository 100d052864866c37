import { authedRoute } from '../shared/http/route.js';
import { userStore } from '../adapters/dependencies.js';
import { languageBody } from './schemas.js';

/** Messages (SMS, in-app) are written in the language the person last chose. */
export const handler = authedRoute(['citizen', 'staff', 'admin'], { body: languageBody }, async ({ caller, body }) => {
  await userStore().setLanguage(caller.userId, body.language);
  return { body: { language: body.language } };
});
