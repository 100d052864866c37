import { Duration } from 'aws-cdk-lib';
import { HeadersFrameOption, HeadersReferrerPolicy, ResponseHeadersPolicy } from 'aws-cdk-lib/aws-cloudfront';
import type { Construct } from 'constructs';
import { contentSecurityPolicy, FRAME_OPTIONS, PERMISSIONS_POLICY, REFERRER_POLICY, STRICT_TRANSPORT_SECURITY, type SecurityHeaderInputs } from '../config/security-headers.js';

/** The CDK enum member whose value is the header value of config/security-headers.ts. */
function enumMember<E extends Record<string, string>>(members: E, value: string): E[keyof E] {
  const found = Object.values(members).find((v) => v === value);
  if (!found) throw new Error(`${value} is not a value CloudFront's policy can set`);
  return found as E[keyof E];
}

/** CloudFront's response-headers policy made from the one definition the local gateway also uses. */
export function securityHeadersPolicy(scope: Construct, id: string, inputs: SecurityHeaderInputs): ResponseHeadersPolicy {
  const hsts = STRICT_TRANSPORT_SECURITY;
  return new ResponseHeadersPolicy(scope, id, {
    securityHeadersBehavior: {
      contentSecurityPolicy: { contentSecurityPolicy: contentSecurityPolicy(inputs), override: true },
      strictTransportSecurity: { accessControlMaxAge: Duration.seconds(hsts.maxAgeSeconds), includeSubdomains: hsts.includeSubDomains, preload: hsts.preload, override: true },
      contentTypeOptions: { override: true },
      frameOptions: { frameOption: enumMember(HeadersFrameOption, FRAME_OPTIONS), override: true },
      referrerPolicy: { referrerPolicy: enumMember(HeadersReferrerPolicy, REFERRER_POLICY), override: true },
    },
    customHeadersBehavior: { customHeaders: [{ header: 'Permissions-Policy', value: PERMISSIONS_POLICY, override: true }] },
  });
}
