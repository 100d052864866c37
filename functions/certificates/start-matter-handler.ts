import { authedRoute } from '../shared/http/route.js';
import { applicationStore, certificateStore, clock } from '../adapters/dependencies.js';
import { certificateParam, startMatterBody } from '../applications/schemas.js';
import { startMatter } from './certificate-matters.js';

export const handler = authedRoute(['citizen'], { params: certificateParam, body: startMatterBody, idempotent: true }, async ({ caller, params, body }) => {
  const deps = { applications: applicationStore(), certificates: certificateStore(), ...clock };
  const application = await startMatter(deps, caller.userId, params.number, body.matter, body.reason);
  return { status: 201, body: { application } };
});
