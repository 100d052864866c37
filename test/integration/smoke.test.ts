/**
 * The post-deploy smoke checks (ops/smoke-checks.ts), run against the local portal — which must pass
 * them as a deployment must, Cognito aside — and against portals broken the ways issue 14 found.
 */
import http from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Platform } from '../../local/platform.js';
import { startS3Local, type S3Local } from '../../local/s3-local.js';
import { securityHeaders } from '../../config/security-headers.js';
import { report, runSmokeChecks, type CheckResult } from '../../ops/smoke-checks.js';
import { startTestPlatform } from '../support/test-platform.js';

let local: Platform;
let withCognito: Platform;

beforeAll(async () => {
  local = await startTestPlatform({ web: true });
  withCognito = await startTestPlatform({ web: true, auth: { kind: 'cognito', region: 'ap-east-1', clientId: 'web-client' } });
});
afterAll(async () => {
  await local?.stop();
  await withCognito?.stop();
});

const outcomes = (results: CheckResult[]) => Object.fromEntries(results.map((r) => [r.name, r.outcome]));

/** Cognito is not reachable from here: its answer to a browser's preflight is stood in for; everything else is real. */
const cognitoAnswersPreflights: typeof fetch = (input, init) =>
  new URL(String(input)).hostname.startsWith('cognito-idp.') ? Promise.resolve(new Response(null, { status: 200, headers: { 'access-control-allow-origin': '*' } })) : fetch(input, init);

describe('npm run smoke', () => {
  it('passes against the local portal, with Cognito skipped because it signs in locally', async () => {
    const results = await runSmokeChecks({ url: local.webUrl });
    console.log(report(results));
    expect(results.filter((r) => r.outcome === 'fail')).toEqual([]);
    expect(outcomes(results)).toEqual({
      'security headers and CSP': 'pass',
      'single-page app routes': 'pass',
      'portal configuration': 'pass',
      'API health': 'pass',
      'Cognito allowed by the page’s CSP': 'skip',
      'upload CORS preflight from the portal': 'pass',
    });
  });

  it('checks that the page may call Cognito when the portal signs in with it', async () => {
    const results = await runSmokeChecks({ url: withCognito.webUrl, fetch: cognitoAnswersPreflights });
    expect(results.find((r) => r.name === 'Cognito allowed by the page’s CSP')).toMatchObject({ outcome: 'pass', detail: expect.stringContaining('cognito-idp.ap-east-1.amazonaws.com') });
    expect(results.filter((r) => r.outcome === 'fail')).toEqual([]);
  });
});

describe('npm run smoke against a broken deployment', () => {
  let s3: S3Local;
  let portal: http.Server;
  let portalUrl: string;

  beforeAll(async () => {
    // A bucket whose CORS rule admits another origin than the portal's (a wrong allowedOrigin).
    s3 = await startS3Local({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'onevisit-smoke-')), buckets: ['docs'], webOrigins: ['https://someone-else.example'] });
    const headers = securityHeaders({ documentOrigins: [s3.endpoint], cognitoRegion: 'ap-east-1' });
    // The CSP as it was: a wildcard Cognito host, which browsers drop.
    headers['content-security-policy'] = headers['content-security-policy']!.replace('https://cognito-idp.ap-east-1.amazonaws.com', 'https://cognito-idp.*.amazonaws.com');
    portal = http.createServer((req, res) => {
      if (req.url === '/config.json') return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ auth: { kind: 'cognito', region: 'ap-east-1', clientId: 'c' }, uploads: { url: `${s3.endpoint}/docs/` } }));
      if (req.url?.startsWith('/api/')) return void res.writeHead(502).end();
      res.writeHead(200, { ...headers, 'content-type': 'text/html' }).end('<script type="module" src="/assets/index.js"></script>');
    });
    await new Promise<void>((r) => portal.listen(0, '127.0.0.1', () => r()));
    portalUrl = `http://127.0.0.1:${(portal.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    portal?.closeAllConnections();
    await new Promise((r) => portal?.close(r));
    await s3?.stop();
  });

  it('fails on the dropped Cognito source, the API, the bucket’s CORS rule — and says why', async () => {
    const results = await runSmokeChecks({ url: portalUrl, fetch: cognitoAnswersPreflights });
    const failed = Object.fromEntries(results.filter((r) => r.outcome === 'fail').map((r) => [r.name, r.detail]));
    expect(failed['security headers and CSP']).toContain('invalid source https://cognito-idp.*.amazonaws.com');
    expect(failed['Cognito allowed by the page’s CSP']).toContain('does not allow https://cognito-idp.ap-east-1.amazonaws.com/');
    expect(failed['API health']).toContain('502');
    expect(failed['upload CORS preflight from the portal']).toContain('does not admit');
    expect(report(results)).toMatch(/\d+ passed, [1-9]\d* failed/);
  });
});
