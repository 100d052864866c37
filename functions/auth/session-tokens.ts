/**
 * Local stand-in for Cognito's ID token: the same claims (sub, phone_number, cognito:groups,
 * custom:district), signed with a local secret. On AWS, Cognito issues the token and the HTTP API's
 * JWT authorizer verifies it; handlers read the claims the same way in both places.
 */
import { jwtVerify, SignJWT } from 'jose';
import type { User } from './ports.js';

export const LOCAL_ISSUER = 'onevisit-local';
export const LOCAL_AUDIENCE = 'onevisit-web';

export interface SessionClaims {
  sub: string;
  phone_number: string;
  'cognito:groups': string[];
  'custom:district'?: string;
  /** When the person signed in (seconds), as in Cognito's ID token: the session never outlives auth_time + the absolute limit. */
  auth_time: number;
  exp: number;
  iat: number;
}

/**
 * A session ends after `idleMinutes` without a new token (the web asks for one while the person is
 * active) and in any case `maxHours` after sign-in, however active the person is.
 */
export interface SessionLimits {
  idleMinutes: number;
  maxHours: number;
  now: Date;
  /** Sign-in instant in seconds; a new session starts now. */
  authTime?: number;
}

export interface IssuedSession {
  token: string;
  expiresAt: string;
  /** Until this token ends unless renewed (the inactivity limit). */
  expiresInSeconds: number;
  /** Until the session ends whatever happens (the absolute limit). */
  sessionEndsInSeconds: number;
}

const keyFrom = (secret: string) => new TextEncoder().encode(secret);

export async function issueSessionToken(user: User, secret: string, limits: SessionLimits): Promise<IssuedSession> {
  const nowSeconds = Math.floor(limits.now.getTime() / 1000);
  const authTime = limits.authTime ?? nowSeconds;
  const endsAtSeconds = authTime + Math.floor(limits.maxHours * 3600);
  const expiresAtSeconds = Math.min(nowSeconds + limits.idleMinutes * 60, endsAtSeconds);
  const token = await new SignJWT({
    phone_number: `+86${user.phone}`,
    'cognito:groups': user.roles,
    ...(user.district ? { 'custom:district': user.district } : {}),
    token_use: 'id',
    auth_time: authTime,
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(user.userId)
    .setJti(crypto.randomUUID())
    .setIssuer(LOCAL_ISSUER)
    .setAudience(LOCAL_AUDIENCE)
    .setIssuedAt(nowSeconds)
    .setExpirationTime(expiresAtSeconds)
    .sign(keyFrom(secret));
  return {
    token,
    expiresAt: new Date(expiresAtSeconds * 1000).toISOString(),
    expiresInSeconds: expiresAtSeconds - nowSeconds,
    sessionEndsInSeconds: endsAtSeconds - nowSeconds,
  };
}

/** Verifies signature, issuer, audience and expiry; returns the claims or undefined. */
export async function verifySessionToken(token: string, secret: string): Promise<SessionClaims | undefined> {
  try {
    const { payload } = await jwtVerify(token, keyFrom(secret), { issuer: LOCAL_ISSUER, audience: LOCAL_AUDIENCE, algorithms: ['HS256'] });
    return payload as unknown as SessionClaims;
  } catch {
    return undefined;
  }
}
