/**
 * Reading a Content-Security-Policy the way a browser does: Google's CSP Evaluator parses it and reports
 * syntax and security findings; on top, every source expression is checked against the CSP Level 3
 * grammar (the evaluator accepts `https://cognito-idp.*.amazonaws.com`, which browsers drop), and a URL
 * can be matched against a directive as the browser would before fetching it.
 */
import { CspParser } from 'csp_evaluator/dist/parser.js';
import { CspEvaluator } from 'csp_evaluator/dist/evaluator.js';
import { Severity, Type } from 'csp_evaluator/dist/finding.js';

export type Directives = Record<string, string[]>;

export function parseCsp(text: string): Directives {
  return new CspParser(text).csp.directives as Directives;
}

const KEYWORDS = new Set([
  "'self'", "'none'", "'unsafe-inline'", "'unsafe-eval'", "'strict-dynamic'", "'unsafe-hashes'",
  "'report-sample'", "'unsafe-allow-redirects'", "'wasm-unsafe-eval'", "'trusted-types-eval'", "'inline-speculation-rules'",
]);
const SCHEME_SOURCE = /^[a-z][a-z0-9+.-]*:$/i;
// host-source = [ scheme-part "://" ] host-part [ ":" port-part ] [ path-part ]; `*` only as the whole host or its leftmost label.
const HOST_SOURCE = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*|(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.?)(?::(\d+|\*))?(\/[^\s;,]*)?$/i;
const NONCE_OR_HASH = /^'(?:nonce-[A-Za-z0-9+/_=-]+|sha(?:256|384|512)-[A-Za-z0-9+/_=-]+)'$/;
/** Directives whose value is a source list (the others take tokens of their own). */
const SOURCE_LIST_DIRECTIVES = /-src(?:-elem|-attr)?$|^(?:base-uri|form-action|frame-ancestors)$/;

function invalidSource(source: string): boolean {
  return !(KEYWORDS.has(source) || SCHEME_SOURCE.test(source) || HOST_SOURCE.test(source) || NONCE_OR_HASH.test(source));
}

/**
 * What a browser would drop or an evaluator would flag: empty when the policy is sound. `http:` sources
 * are a finding unless the page itself is served over plain HTTP (the local portal).
 */
export function cspProblems(text: string, options: { pageIsHttp?: boolean } = {}): string[] {
  const parsed = new CspParser(text).csp;
  const problems: string[] = [];
  for (const finding of new CspEvaluator(parsed).evaluate()) {
    if (options.pageIsHttp && finding.type === Type.SRC_HTTP) continue;
    if (finding.severity <= Severity.MEDIUM) problems.push(`${finding.directive}: ${finding.description}${finding.value ? ` (${finding.value})` : ''}`);
  }
  for (const [directive, sources] of Object.entries(parsed.directives as Directives)) {
    if (!SOURCE_LIST_DIRECTIVES.test(directive)) continue;
    for (const source of sources) if (invalidSource(source)) problems.push(`${directive}: invalid source ${source}, which browsers ignore`);
    if (sources.includes("'none'") && sources.length > 1) problems.push(`${directive}: 'none' must stand alone`);
  }
  return problems;
}

const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443', 'ws:': '80', 'wss:': '443' };

function schemeMatches(expression: string, url: URL): boolean {
  const scheme = `${expression.toLowerCase()}:`;
  // CSP3: a policy allowing http: (or ws:) also allows the secure variant.
  return scheme === url.protocol || (scheme === 'http:' && url.protocol === 'https:') || (scheme === 'ws:' && url.protocol === 'wss:');
}

function hostSourceMatches(source: string, url: URL, page: URL): boolean {
  const m = HOST_SOURCE.exec(source);
  if (!m) return false;
  const [, scheme, host, port, path] = m;
  if (scheme ? !schemeMatches(scheme, url) : !schemeMatches(page.protocol.slice(0, -1), url)) return false;
  const wanted = host!.toLowerCase().replace(/\.$/, '');
  const actual = url.hostname.toLowerCase();
  if (wanted !== '*' && !(wanted.startsWith('*.') ? actual.endsWith(wanted.slice(1)) : actual === wanted)) return false;
  const actualPort = url.port || DEFAULT_PORTS[url.protocol] || '';
  if (port !== '*') {
    const expected = port ?? (scheme ? DEFAULT_PORTS[`${scheme.toLowerCase()}:`] : DEFAULT_PORTS[page.protocol]);
    const upgraded = !port && expected === '80' && actualPort === '443';
    if (expected !== actualPort && !upgraded) return false;
  }
  if (path && path !== '/') return path.endsWith('/') ? url.pathname.startsWith(path) : url.pathname === path;
  return true;
}

/**
 * Whether a page at `pageUrl` under `directives` may fetch `target` for `directive` (falling back to
 * default-src as browsers do for fetch directives).
 */
export function cspAllows(directives: Directives, directive: string, target: string, pageUrl: string): boolean {
  const sources = directives[directive] ?? (directive.endsWith('-src') ? directives['default-src'] : undefined);
  if (!sources) return true;
  const url = new URL(target);
  const page = new URL(pageUrl);
  return sources.some((source) => {
    if (source === "'self'") return url.origin === page.origin || (url.host === page.host && page.protocol === 'http:' && url.protocol === 'https:');
    if (SCHEME_SOURCE.test(source)) return schemeMatches(source.slice(0, -1), url);
    if (KEYWORDS.has(source) || NONCE_OR_HASH.test(source)) return false;
    return hostSourceMatches(source, url, page);
  });
}
