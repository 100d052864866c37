/**
 * The post-deploy smoke checks (`npm run smoke -- --url https://…`): what a browser needs from a fresh
 * deployment, asked the way a browser asks it. Each check says what it saw; none needs an account.
 */
import { securityHeaders } from '../config/security-headers.js';
import { UPLOAD_REQUEST_HEADERS } from '../config/upload-cors.js';
import { cspAllows, cspProblems, parseCsp, type Directives } from './csp.js';

export interface CheckResult {
  name: string;
  outcome: 'pass' | 'fail' | 'skip';
  detail: string;
}

interface PortalConfig {
  auth?: { kind: 'local' } | { kind: 'cognito'; region: string; clientId: string };
  uploads?: { url: string };
}

export interface SmokeOptions {
  url: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** Paths of the single-page app that must all answer with the app itself. */
export const SPA_PATHS = ['/sign-in', '/applications', '/staff', '/some/deep/link'];

class CheckFailed extends Error {}
const must = (ok: unknown, detail: string): void => {
  if (!ok) throw new CheckFailed(detail);
};

export async function runSmokeChecks(options: SmokeOptions): Promise<CheckResult[]> {
  const base = new URL(options.url);
  const portal = base.origin;
  const call = options.fetch ?? fetch;
  const get = (path: string, init: RequestInit = {}) => call(new URL(path, portal), { redirect: 'manual', signal: AbortSignal.timeout(options.timeoutMs ?? 15_000), ...init });
  const results: CheckResult[] = [];
  let directives: Directives | undefined;
  let config: PortalConfig | undefined;
  let indexHtml: string | undefined;

  const check = async (name: string, run: () => Promise<string | { skip: string }>) => {
    try {
      const detail = await run();
      results.push(typeof detail === 'string' ? { name, outcome: 'pass', detail } : { name, outcome: 'skip', detail: detail.skip });
    } catch (error) {
      results.push({ name, outcome: 'fail', detail: error instanceof CheckFailed ? error.message : `could not check: ${(error as Error).message}` });
    }
  };

  await check('security headers and CSP', async () => {
    const page = await get('/');
    must(page.status === 200, `GET / answered ${page.status}`);
    indexHtml = await page.text();
    const csp = page.headers.get('content-security-policy');
    must(csp, 'no Content-Security-Policy header');
    directives = parseCsp(csp!);
    const problems = cspProblems(csp!, { pageIsHttp: base.protocol === 'http:' });
    must(problems.length === 0, `the CSP has problems: ${problems.join('; ')}`);
    must(directives['script-src']?.join(' ') === "'self'", `script-src is "${directives['script-src']?.join(' ')}", not 'self'`);
    must(directives['frame-ancestors']?.join(' ') === "'none'", "frame-ancestors is not 'none'");
    must(directives['object-src']?.join(' ') === "'none'", "object-src is not 'none'");
    // The other headers must be exactly the ones config/security-headers.ts defines (the CSP is checked above).
    const expected = securityHeaders({ documentOrigins: [] });
    const wrong = Object.entries(expected)
      .filter(([name]) => name !== 'content-security-policy' && !(name === 'strict-transport-security' && base.protocol === 'http:'))
      .filter(([name, value]) => page.headers.get(name) !== value)
      .map(([name, value]) => `${name}: "${page.headers.get(name) ?? '(missing)'}" instead of "${value}"`);
    must(wrong.length === 0, wrong.join('; '));
    return `${Object.keys(expected).length} headers as defined; CSP sound (${Object.keys(directives).length} directives)`;
  });

  if (base.protocol === 'https:') {
    await check('plain HTTP redirects to HTTPS', async () => {
      const plain = await get(`http://${base.host}/`);
      const location = plain.headers.get('location') ?? '';
      must([301, 302, 307, 308].includes(plain.status) && location.startsWith('https://'), `http:// answered ${plain.status} ${location}`);
      return `${plain.status} → ${location}`;
    });
  }

  await check('single-page app routes', async () => {
    must(indexHtml, 'the start page did not load');
    const script = /<script[^>]+src="([^"]+\.js)"/.exec(indexHtml!)?.[1];
    must(script, 'index.html loads no script');
    for (const path of SPA_PATHS) {
      const page = await get(path);
      must(page.status === 200 && (page.headers.get('content-type') ?? '').includes('text/html'), `${path} answered ${page.status} ${page.headers.get('content-type')}`);
      // The shell itself, or a page drawn at build time that loads the same app.
      must((await page.text()).includes(script!), `${path} is not the web app`);
    }
    const asset = await get(script!);
    must(asset.status === 200 && (asset.headers.get('content-type') ?? '').includes('javascript'), `${script} answered ${asset.status}`);
    return `${SPA_PATHS.join(', ')} serve the app; ${script} loads`;
  });

  await check('portal configuration', async () => {
    const answer = await get('/config.json');
    must(answer.status === 200, `/config.json answered ${answer.status}`);
    config = (await answer.json()) as PortalConfig;
    must(config.auth?.kind === 'cognito' || config.auth?.kind === 'local', 'config.json names no sign-in');
    must(config.uploads?.url, 'config.json names no upload location');
    return `sign-in: ${config.auth!.kind}; uploads: ${new URL(config.uploads!.url).origin}`;
  });

  await check('API health', async () => {
    const districts = await get('/api/districts', { headers: { accept: 'application/json' } });
    must(districts.status === 200, `GET /api/districts answered ${districts.status}`);
    const body = (await districts.json()) as { districts?: unknown[] };
    must(Array.isArray(body.districts) && body.districts.length > 0, 'the API lists no district');
    const me = await get('/api/me');
    must(me.status === 401, `GET /api/me without a session answered ${me.status}, not 401`);
    return `${body.districts!.length} districts served; a call without a session is refused (401)`;
  });

  await check('Cognito allowed by the page’s CSP', async () => {
    must(directives && config, 'needs the CSP and the configuration');
    if (config!.auth?.kind !== 'cognito') return { skip: 'this portal signs people in locally: no Cognito to reach' };
    const endpoint = `https://cognito-idp.${config!.auth.region}.amazonaws.com/`;
    must(cspAllows(directives!, 'connect-src', endpoint, portal), `connect-src does not allow ${endpoint}: every sign-in would be refused`);
    const preflight = await call(endpoint, {
      method: 'OPTIONS',
      headers: { origin: portal, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-amz-target' },
      signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
    });
    must(preflight.ok, `${endpoint} answered the browser's preflight with ${preflight.status}`);
    return `${endpoint} is allowed and answers`;
  });

  await check('upload CORS preflight from the portal', async () => {
    must(directives && config?.uploads?.url, 'needs the CSP and the upload location');
    const target = new URL('applications/smoke-check', config!.uploads!.url).href;
    must(cspAllows(directives!, 'connect-src', target, portal), `connect-src does not allow uploads to ${new URL(target).origin}`);
    const preflight = await call(target, {
      method: 'OPTIONS',
      headers: { origin: portal, 'access-control-request-method': 'PUT', 'access-control-request-headers': UPLOAD_REQUEST_HEADERS.join(',') },
      signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
    });
    const allowOrigin = preflight.headers.get('access-control-allow-origin');
    const allowMethods = (preflight.headers.get('access-control-allow-methods') ?? '').toUpperCase();
    const allowHeaders = (preflight.headers.get('access-control-allow-headers') ?? '').toLowerCase();
    must(preflight.status === 200, `the bucket answered the preflight with ${preflight.status}: its CORS rule does not admit ${portal}`);
    must(allowOrigin === portal || allowOrigin === '*', `Access-Control-Allow-Origin is "${allowOrigin}", not ${portal}`);
    must(allowMethods.includes('PUT'), `PUT is not allowed (${allowMethods})`);
    must(UPLOAD_REQUEST_HEADERS.every((h) => allowHeaders.includes(h)), `headers allowed: "${allowHeaders}"`);
    return `PUT from ${portal} to ${new URL(target).origin} allowed`;
  });

  return results;
}

export function report(results: CheckResult[]): string {
  const mark = { pass: '✓', fail: '✗', skip: '–' } as const;
  const lines = results.map((r) => `${mark[r.outcome]} ${r.name}: ${r.detail}`);
  const count = (o: CheckResult['outcome']) => results.filter((r) => r.outcome === o).length;
  return [...lines, `${count('pass')} passed, ${count('fail')} failed, ${count('skip')} skipped`].join('\n');
}
