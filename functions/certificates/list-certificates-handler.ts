import { authedRoute } from '../shared/http/route.js';
import { certificateStore, clock } from '../adapters/dependencies.js';
import { myCertificates } from './certificate-matters.js';

export const handler = authedRoute(['citizen'], {}, async ({ caller }) => {
  return { body: { certificates: await myCertificates({ certificates: certificateStore(), ...clock }, caller.userId) } };
});
