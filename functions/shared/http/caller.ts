import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { UnauthorizedError } from '../errors.js';

export const ROLES = ['citizen', 'staff', 'admin', 'assessor', 'townshipReviewer', 'federationReviewer', 'civilAffairsReviewer'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling, read from the JWT claims that the API's authorizer (Cognito on AWS) verified. */
export interface Caller {
  userId: string;
  phone: string;
  roles: Role[];
  district?: string;
  /** The portal's own jobs (never an HTTP caller: `callerFrom` does not set it). */
  system?: true;
  /** An assessor's assessment institution (from the stored profile, never the token). */
  institution?: string;
}

type Claims = Record<string, string | number | boolean | string[]>;

/** API Gateway passes `cognito:groups` as "[a b]"; the local gateway as an array. Both are read. */
function groupsFrom(value: Claims[string] | undefined): string[] {
  if (Array.isArray(value)) return value;
  if (typeof value !== 'string') return [];
  return value.replace(/^\[|\]$/g, '').split(/[\s,]+/).filter(Boolean);
}

export function callerFrom(event: APIGatewayProxyEventV2WithJWTAuthorizer): Caller {
  const claims = (event.requestContext?.authorizer?.jwt?.claims ?? {}) as Claims;
  const userId = claims.sub;
  if (typeof userId !== 'string' || !userId) throw new UnauthorizedError();
  const groups = groupsFrom(claims['cognito:groups']).filter((g): g is Role => (ROLES as readonly string[]).includes(g));
  // People who sign themselves up belong to no group: they are citizens. Staff and admins are put in
  // their groups by an administrator.
  const roles: Role[] = groups.length > 0 ? groups : ['citizen'];
  const district = claims['custom:district'];
  return {
    userId,
    phone: String(claims.phone_number ?? '').replace(/^\+86/, ''),
    roles,
    ...(typeof district === 'string' && district ? { district } : {}),
  };
}
