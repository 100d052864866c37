/**
 * The one definition of what the portal's pages may load and talk to, and of the security headers they
 * are served with. CloudFront's response-headers policy (cdk/web-stack.ts) and the local gateway
 * (local/gateway.ts) are both built from it, so every browser test runs under the production policy.
 */

/** What differs between deployments: where documents are uploaded to, and whether Cognito signs people in. */
export interface SecurityHeaderInputs {
  /** Origins of the presigned upload and download URLs (the documents bucket). */
  documentOrigins: string[];
  /** The user pool's region when people sign in with Cognito; absent for the local sign-in. */
  cognitoRegion?: string;
}

/**
 * Cognito's API host of one region. CSP allows `*` only as the leftmost label of a host, so a
 * `cognito-idp.*.amazonaws.com` source is dropped by browsers: the host must be written out.
 */
export const cognitoOrigin = (region: string) => `https://cognito-idp.${region}.amazonaws.com`;

/** The origin presigned URLs of a bucket have: virtual-hosted, regional. */
export const bucketOrigin = (bucket: string, region: string) => `https://${bucket}.s3.${region}.amazonaws.com`;

export const STRICT_TRANSPORT_SECURITY = { maxAgeSeconds: 365 * 24 * 3600, includeSubDomains: true, preload: false } as const;
export const REFERRER_POLICY = 'strict-origin-when-cross-origin';
export const FRAME_OPTIONS = 'DENY';
/** The document step may open the phone's camera; nothing else is wanted. */
export const PERMISSIONS_POLICY = 'camera=(self), microphone=(), geolocation=()';

export function contentSecurityPolicy(inputs: SecurityHeaderInputs): string {
  const documents = inputs.documentOrigins;
  const cognito = inputs.cognitoRegion ? [cognitoOrigin(inputs.cognitoRegion)] : [];
  const directive = (name: string, ...sources: string[]) => [name, ...sources].join(' ');
  return [
    directive('default-src', "'self'"),
    directive('script-src', "'self'"),
    // React Aria positions overlays and hides inputs with inline styles; scripts stay strictly 'self'.
    directive('style-src', "'self'", "'unsafe-inline'"),
    directive('img-src', "'self'", 'data:', 'blob:', ...documents),
    directive('connect-src', "'self'", ...documents, ...cognito),
    directive('frame-src', "'self'", ...documents),
    directive('object-src', "'none'"),
    directive('base-uri', "'self'"),
    directive('frame-ancestors', "'none'"),
    directive('form-action', "'self'"),
  ].join('; ');
}

/** Every security header as sent (lower-case names), the CSP included. */
export function securityHeaders(inputs: SecurityHeaderInputs): Record<string, string> {
  const hsts = STRICT_TRANSPORT_SECURITY;
  return {
    'content-security-policy': contentSecurityPolicy(inputs),
    'strict-transport-security': [`max-age=${hsts.maxAgeSeconds}`, ...(hsts.includeSubDomains ? ['includeSubDomains'] : []), ...(hsts.preload ? ['preload'] : [])].join('; '),
    'x-content-type-options': 'nosniff',
    'x-frame-options': FRAME_OPTIONS,
    'referrer-policy': REFERRER_POLICY,
    'permissions-policy': PERMISSIONS_POLICY,
  };
}
