import { authedRoute } from '../shared/http/route.js';
import { applicationStore } from '../adapters/dependencies.js';
import { listMyApplications } from './read-applications.js';

export const handler = authedRoute(['citizen'], {}, async ({ caller }) => {
  return { body: { applications: await listMyApplications(applicationStore(), caller.userId) } };
});
