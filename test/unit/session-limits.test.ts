import { describe, expect, it } from 'vitest';
import { issueSessionToken } from '../../functions/auth/session-tokens.js';
import { refreshSession, type RefreshDeps } from '../../functions/auth/refresh-session.js';
import { UnauthorizedError } from '../../functions/shared/errors.js';
import type { User } from '../../functions/auth/ports.js';

const user: User = { userId: '01ARZ3NDEKTSV4RRFFQ69G5FAV', phone: '13900000001', roles: ['citizen'], language: 'zh-CN', createdAt: '2026-01-01T00:00:00Z' };
const secret = 'x'.repeat(40);
const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { auth_time: number; exp: number };
const signedInAt = new Date('2026-03-02T01:00:00Z');
const seconds = (d: Date) => Math.floor(d.getTime() / 1000);

/** A fake of the one port the renewal reads: the account. */
const deps = (now: Date, users: Record<string, User> = { [user.userId]: user }): RefreshDeps => ({
  users: { get: async (id: string) => users[id] },
  secret,
  sessionMinutes: 30,
  sessionMaxHours: 24,
  now: () => now,
});

describe('session limits', () => {
  it('ends a token 30 minutes after it is issued, but never after the absolute limit', async () => {
    const fresh = await issueSessionToken(user, secret, { idleMinutes: 30, maxHours: 24, now: signedInAt });
    expect(claimsOf(fresh.token).exp - seconds(signedInAt)).toBe(30 * 60);
    expect(fresh.sessionEndsInSeconds).toBe(24 * 3600);
    const late = new Date(signedInAt.getTime() + (24 * 3600 - 600) * 1000);
    const capped = await issueSessionToken(user, secret, { idleMinutes: 30, maxHours: 24, now: late, authTime: seconds(signedInAt) });
    expect(claimsOf(capped.token).exp).toBe(seconds(signedInAt) + 24 * 3600);
    expect(capped.expiresInSeconds).toBe(600);
  });

  it('renews while within the absolute limit, keeping the sign-in instant', async () => {
    const now = new Date(signedInAt.getTime() + 5 * 3600 * 1000);
    const renewed = await refreshSession(deps(now), user.userId, seconds(signedInAt));
    expect(claimsOf(renewed.token).auth_time).toBe(seconds(signedInAt));
    expect(renewed.expiresInSeconds).toBe(30 * 60);
    expect(renewed.sessionEndsInSeconds).toBe(19 * 3600);
  });

  it('refuses to renew at the absolute limit however active the person is, and for an account that is gone', async () => {
    const atLimit = new Date(signedInAt.getTime() + 24 * 3600 * 1000);
    await expect(refreshSession(deps(atLimit), user.userId, seconds(signedInAt))).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(refreshSession(deps(signedInAt, {}), user.userId, seconds(signedInAt))).rejects.toBeInstanceOf(UnauthorizedError);
  });
});
