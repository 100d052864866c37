/** GET /api/me and PUT /api/me/language: the signed-in person, and the language messages come in. */
import * as z from 'zod/mini';
import { useQuery } from '@tanstack/react-query';
import { answerOf, api } from '../../api';
import type { Profile } from '../../session';

const profile = answerOf<{ profile: Profile }>(
  z.object({ profile: z.looseObject({ userId: z.string(), phoneMasked: z.string(), roles: z.array(z.string()), language: z.enum(['zh-CN', 'en']) }) }),
);
const language = answerOf<{ language: 'zh-CN' | 'en' }>(z.object({ language: z.enum(['zh-CN', 'en']) }));

/** With a token just issued (sign-in) or the session's own. */
export const fetchProfile = (token?: string) => api('/me', { ...(token ? { token } : {}), answer: profile });

export const setLanguage = (next: 'zh-CN' | 'en', token?: string) => api('/me/language', { method: 'PUT', body: { language: next }, ...(token ? { token } : {}), answer: language });

export const profileKeys = { me: ['me'] as const };

/** The profile as stored now (the session keeps the one from sign-in). */
export function useProfile() {
  return useQuery({ queryKey: profileKeys.me, queryFn: () => fetchProfile() });
}
