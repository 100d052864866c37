import { routeHandler } from '../shared/http/route.js';
import { linkSelf } from './link-self.js';
import { linkDeps } from './family-deps.js';

export const handler = routeHandler('POST /api/me/person-link', async ({ deps, caller, body }) => {
  const person = await linkSelf(linkDeps(deps), caller, body.code);
  return { status: 201, body: { person: { personId: person.personId, name: person.name, idNumberMasked: person.idNumberMasked } } };
});
