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
  exp: number;
  iat: number;
}

const keyFrom = (secret: string) => new TextEncoder().encode(secret);

export async function issueSessionToken(user: User, secret: string, minutes: number): Promise<{ token: string; expiresAt: string; expiresInSeconds: number }> {
  const expiresAtSeconds = Math.floor(Date.now() / 1000) + minutes * 60;
  const token = await new SignJWT({
    phone_number: `+86${user.phone}`,
    'cognito:groups': user.roles,
    ...(user.district ? { 'custom:district': user.district } : {}),
    token_use: 'id',
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(user.userId)
    .setJti(crypto.randomUUID())
    .setIssuer(LOCAL_ISSUER)
    .setAudience(LOCAL_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(expiresAtSeconds)
    .sign(keyFrom(secret));
  return { token, expiresAt: new Date(expiresAtSeconds * 1000).toISOString(), expiresInSeconds: minutes * 60 };
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
