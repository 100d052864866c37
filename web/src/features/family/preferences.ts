/** How messages reach me: SMS and e-mail beside in-app, and the e-mail address verified by a link. */
import * as z from 'zod/mini';
import { answerOf, api } from '../../api';
import type { Channels } from '../../../../functions/auth/ports';

export type { Channels };

const channels = answerOf<{ channels: Channels }>(z.object({ channels: z.object({ sms: z.boolean(), email: z.boolean() }) }));
const sent = answerOf<{ sentTo: string; hours: number }>(z.object({ sentTo: z.string(), hours: z.number() }));
const verified = answerOf<{ email: string }>(z.object({ email: z.string() }));

export const saveChannels = (next: Channels) => api('/me/channels', { method: 'PUT', body: next, answer: channels });

export const sendEmailLink = (email: string) => api('/me/email', { method: 'POST', body: { email }, answer: sent });

/** Opened from the e-mail, signed in or not: the token says whose address it is. */
export const verifyEmail = (token: string) => api('/email-verifications', { method: 'POST', body: { token }, answer: verified });
