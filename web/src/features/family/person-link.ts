/** Link my account to myself: my ID number and name, then the code sent to the phone on record. */
import * as z from 'zod/mini';
import { answerOf, api } from '../../api';

const codeSent = answerOf<{ expiresInSeconds: number }>(z.object({ expiresInSeconds: z.number() }));
const linked = answerOf<{ person: { personId: string; name: string; idNumberMasked: string } }>(
  z.object({ person: z.object({ personId: z.string(), name: z.string(), idNumberMasked: z.string() }) }),
);

export const requestLinkCode = (ownIdNumber: string, ownName: string) => api('/me/person-link/code', { method: 'POST', body: { ownIdNumber, ownName }, answer: codeSent });

export const linkSelf = (code: string) => api('/me/person-link', { method: 'POST', body: { code }, answer: linked });
