/**
 * The portal's security headers and CSP (config/security-headers.ts), read with Google's CSP Evaluator
 * and the CSP Level 3 source grammar (ops/csp.ts), and matched against the URLs the page really fetches.
 */
import { describe, expect, it } from 'vitest';
import { bucketOrigin, cognitoOrigin, contentSecurityPolicy, securityHeaders } from '../../config/security-headers.js';
import { cspAllows, cspProblems, parseCsp } from '../../ops/csp.js';

const page = 'https://onevisit.example.org/applications/01J/step/documents';
const documents = bucketOrigin('onevisit-documents-abc', 'ap-east-1');
const policy = contentSecurityPolicy({ documentOrigins: [documents], cognitoRegion: 'ap-east-1' });

describe('the content security policy', () => {
  it('is sound: no syntax error, no invalid source and no high or medium finding', () => {
    expect(cspProblems(policy)).toEqual([]);
  });

  it('lets the page call Cognito of its own region, and no other', () => {
    const directives = parseCsp(policy);
    expect(cspAllows(directives, 'connect-src', `${cognitoOrigin('ap-east-1')}/`, page)).toBe(true);
    expect(cspAllows(directives, 'connect-src', 'https://cognito-idp.us-east-1.amazonaws.com/', page)).toBe(false);
  });

  it('lets the page upload to and view documents from the bucket, and from nowhere else', () => {
    const directives = parseCsp(policy);
    const upload = `${documents}/applications/01J/02K?X-Amz-Signature=abc`;
    expect(cspAllows(directives, 'connect-src', upload, page)).toBe(true);
    expect(cspAllows(directives, 'img-src', upload, page)).toBe(true);
    expect(cspAllows(directives, 'connect-src', 'https://other-bucket.s3.ap-east-1.amazonaws.com/x', page)).toBe(false);
    expect(cspAllows(directives, 'script-src', `${documents}/evil.js`, page)).toBe(false);
  });

  it('would have caught the wildcard Cognito host that browsers drop', () => {
    const broken = policy.replace(cognitoOrigin('ap-east-1'), 'https://cognito-idp.*.amazonaws.com');
    expect(cspProblems(broken)).toEqual([expect.stringContaining('invalid source https://cognito-idp.*.amazonaws.com')]);
    expect(cspAllows(parseCsp(broken), 'connect-src', `${cognitoOrigin('ap-east-1')}/`, page)).toBe(false);
  });

  it('reports syntax a browser would not understand', () => {
    expect(cspProblems("default-src 'self'; scirpt-src 'self'")).not.toEqual([]);
    expect(cspProblems("default-src 'self' 'none'")).toEqual([expect.stringContaining("'none' must stand alone")]);
  });

  it('flags plain-HTTP sources on an HTTPS portal, not on the local HTTP one', () => {
    const local = contentSecurityPolicy({ documentOrigins: ['http://127.0.0.1:4001'] });
    expect(cspProblems(local)).not.toEqual([]);
    expect(cspProblems(local, { pageIsHttp: true })).toEqual([]);
  });

  it('leaves Cognito out when people sign in locally', () => {
    expect(contentSecurityPolicy({ documentOrigins: ['http://127.0.0.1:4001'] })).not.toContain('cognito');
  });
});

describe('the security headers', () => {
  it('are sent with the CSP, HSTS for a year, no sniffing, no framing and a strict referrer', () => {
    expect(securityHeaders({ documentOrigins: [documents], cognitoRegion: 'ap-east-1' })).toEqual({
      'content-security-policy': policy,
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'permissions-policy': 'camera=(self), microphone=(), geolocation=()',
    });
  });
});
