/**
 * The local stand-in for API Gateway's HTTP API with its JWT authorizer: it mounts every handler of the
 * route table, turns HTTP requests into API Gateway v2 events (claims in
 * requestContext.authorizer.jwt.claims, as on AWS), and serves the built web app beside them.
 */
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { promisify } from 'node:util';
import { extname, join, normalize } from 'node:path';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { routes, type Route } from '../functions/routes.js';
import { verifySessionToken } from '../functions/auth/session-tokens.js';
import { logEvent } from '../functions/shared/log.js';
import { securityHeaders, type SecurityHeaderInputs } from '../config/security-headers.js';

type Handler = (event: APIGatewayProxyEventV2WithJWTAuthorizer, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

interface MountedRoute {
  route: Route;
  pattern: RegExp;
  paramNames: string[];
  handler: Handler;
}

const MAX_BODY_BYTES = 1024 * 1024;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

/** Text worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|manifest\+json)|image\/svg\+xml)/;

/** The encoding to answer with, as a browser asks: brotli first, then gzip. */
function encodingFor(acceptEncoding: string | undefined): 'br' | 'gzip' | undefined {
  const accepted = (acceptEncoding ?? '').split(',').map((part) => part.trim().split(';')[0]);
  if (accepted.includes('br')) return 'br';
  if (accepted.includes('gzip')) return 'gzip';
  return undefined;
}

const compressors = { br: promisify(brotliCompress), gzip: promisify(gzip) };

/**
 * The file's bytes in `encoding`: the build's own .br/.gz copy when there is one (written at maximum
 * compression), otherwise compressed now and kept for the next request.
 */
async function encodedFile(file: string, body: Buffer, encoding: 'br' | 'gzip', cache: Map<string, Buffer>): Promise<Buffer> {
  const prebuilt = await readFile(`${file}.${encoding === 'br' ? 'br' : 'gz'}`).catch(() => undefined);
  if (prebuilt) return prebuilt;
  const key = `${encoding}:${file}:${body.length}`;
  let encoded = cache.get(key);
  if (!encoded) {
    encoded = encoding === 'br' ? await compressors.br(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }) : await compressors.gzip(body, { level: 6 });
    cache.set(key, encoded);
  }
  return encoded;
}

export async function mountRoutes(): Promise<MountedRoute[]> {
  return Promise.all(
    routes.map(async (route) => {
      const paramNames = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      const pattern = new RegExp(`^${route.path.replace(/\{\w+\}/g, '([^/]+)')}$`);
      const modulePath = new URL(`../functions/${route.handler}.ts`, import.meta.url).href;
      const module = (await import(/* @vite-ignore */ modulePath)) as { handler: Handler };
      return { route, pattern, paramNames, handler: module.handler };
    }),
  );
}

function lambdaContext(functionName: string): Context {
  const deadline = Date.now() + 29_000;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${functionName}`,
    memoryLimitInMB: '256',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The body as API Gateway passes it: text when it is valid UTF-8, otherwise base64 with
 * `isBase64Encoded` set, so the handler sees the bytes that were sent and can refuse them.
 */
async function readBody(req: http.IncomingMessage): Promise<{ body?: string; isBase64Encoded: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new GatewayProblem(413, 'too-large', 'Too large');
    chunks.push(chunk as Buffer);
  }
  if (!chunks.length) return { isBase64Encoded: false };
  const bytes = Buffer.concat(chunks);
  try {
    return { body: strictUtf8.decode(bytes), isBase64Encoded: false };
  } catch {
    return { body: bytes.toString('base64'), isBase64Encoded: true };
  }
}

/** A request the gateway itself refuses before any handler runs, as API Gateway would. */
class GatewayProblem extends Error {
  constructor(readonly status: number, readonly type: string, readonly title: string) {
    super(title);
  }
}

function problem(res: http.ServerResponse, status: number, type: string, title: string): void {
  res.writeHead(status, { 'content-type': 'application/problem+json', 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' });
  res.end(JSON.stringify({ type: `/problems/${type}`, title, status }));
}

/** The request's path and query; an absolute-form target that is not a URL is the client's mistake. */
function requestUrl(target: string | undefined): URL {
  try {
    return new URL(target ?? '/', 'http://localhost');
  } catch {
    throw new GatewayProblem(400, 'validation', 'Bad Request');
  }
}

function decodePathPart(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    throw new GatewayProblem(400, 'validation', 'Bad Request');
  }
}

export interface GatewayOptions {
  port: number;
  host?: string;
  webRoot?: string;
  sessionSecret: string;
  /** What the web app reads at /config.json: how people sign in, where uploads go (on AWS the Web stack writes it). */
  webConfig: Record<string, unknown>;
  /** Inputs of the security headers and CSP: the same function builds CloudFront's policy. */
  security: SecurityHeaderInputs;
}

export async function startGateway(options: GatewayOptions): Promise<{ url: string; server: http.Server; stop(): Promise<void> }> {
  const mounted = await mountRoutes();
  const headers = securityHeaders(options.security);

  async function serveApi(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    const method = req.method ?? 'GET';
    const match = mounted.find((m) => m.route.method === method && m.pattern.test(url.pathname));
    if (!match) return problem(res, 404, 'not-found', 'Not Found');

    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(',') : value;

    let claims: Record<string, unknown> | undefined;
    const bearer = headers.authorization?.match(/^Bearer (.+)$/)?.[1];
    if (bearer) claims = (await verifySessionToken(bearer, options.sessionSecret)) as Record<string, unknown> | undefined;
    // As the HTTP API's JWT authorizer: protected routes never reach the handler without a valid token.
    if (match.route.access !== 'public' && !claims) return problem(res, 401, 'unauthorized', 'Unauthorized');

    const values = match.pattern.exec(url.pathname)!.slice(1);
    const pathParameters = Object.fromEntries(match.paramNames.map((n, i) => [n, decodePathPart(values[i]!)]));
    const { body, isBase64Encoded } = await readBody(req);
    const routeKey = `${method} ${match.route.path}`;
    const event = {
      version: '2.0',
      routeKey,
      rawPath: url.pathname,
      rawQueryString: url.search.slice(1),
      headers,
      queryStringParameters: url.search ? Object.fromEntries(url.searchParams) : undefined,
      pathParameters: match.paramNames.length ? pathParameters : undefined,
      body,
      isBase64Encoded,
      requestContext: {
        accountId: 'local',
        apiId: 'local',
        domainName: headers.host ?? 'localhost',
        domainPrefix: 'local',
        http: { method, path: url.pathname, protocol: 'HTTP/1.1', sourceIp: req.socket.remoteAddress ?? '', userAgent: headers['user-agent'] ?? '' },
        requestId: randomUUID(),
        routeKey,
        stage: '$default',
        time: new Date().toUTCString(),
        timeEpoch: Date.now(),
        authorizer: { principalId: '', integrationLatency: 0, jwt: { claims: claims ?? {}, scopes: [] } },
      },
    } as unknown as APIGatewayProxyEventV2WithJWTAuthorizer;

    const result = await match.handler(event, lambdaContext(match.route.handler.replaceAll('/', '-')));
    res.writeHead(result.statusCode ?? 200, result.headers as http.OutgoingHttpHeaders);
    res.end(result.body ?? '');
  }

  const compressed = new Map<string, Buffer>();
  // The pages drawn at build time (web/prerender-plugin.ts): address → file.
  const prerendered: Record<string, string> = options.webRoot
    ? JSON.parse(await readFile(join(options.webRoot, 'prerendered', 'routes.json'), 'utf8').catch(() => '{}'))
    : {};

  async function serveStatic(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    if (url.pathname === '/config.json') {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-cache' });
      return void res.end(JSON.stringify(options.webConfig));
    }
    if (!options.webRoot) return problem(res, 404, 'not-found', 'Not Found');
    const path = url.pathname.length > 1 ? url.pathname.replace(/\/$/, '') : url.pathname;
    const relative = normalize(decodePathPart(prerendered[path] ?? url.pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(options.webRoot, relative);
    const isFile = await stat(file).then((s) => s.isFile()).catch(() => false);
    // Single-page app: every other path that is not a file gets index.html, the shell.
    if (!isFile) file = join(options.webRoot, 'index.html');
    const body = await readFile(file).catch(() => undefined);
    if (!body) return problem(res, 404, 'not-found', 'Not Found');
    const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    const encoding = COMPRESSIBLE.test(type) ? encodingFor(req.headers['accept-encoding']) : undefined;
    const sent = encoding ? await encodedFile(file, body, encoding, compressed) : body;
    res.writeHead(200, {
      'content-type': type,
      ...(encoding ? { 'content-encoding': encoding } : {}),
      ...(COMPRESSIBLE.test(type) ? { vary: 'accept-encoding' } : {}),
      'content-length': String(sent.length),
      'cache-control': file.includes(`${join(options.webRoot, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    res.end(sent);
  }

  // Nothing a request carries (a malformed Host, path or body) may escape this function: an error
  // thrown here would be an unhandled rejection, and that stops the whole process.
  const server = http.createServer(async (req, res) => {
    // Like CloudFront's response-headers policy: on every answer, pages and API alike.
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    try {
      // The Host header is the client's to send, so it never takes part in parsing the path.
      const url = requestUrl(req.url);
      if (url.pathname.startsWith('/api/')) await serveApi(req, res, url);
      else await serveStatic(req, res, url);
    } catch (error) {
      const known = error instanceof GatewayProblem ? error : undefined;
      if (!known) logEvent('error', 'gateway error', { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
      if (!res.headersSent && !res.destroyed) problem(res, known?.status ?? 500, known?.type ?? 'internal', known?.title ?? 'Internal error');
      else res.end();
    }
  });
  // A request too malformed for Node's parser (bad header bytes, a broken request line) gets a 400.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return void socket.destroy();
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const status = tooLarge ? 431 : 400;
    const body = JSON.stringify({ type: '/problems/validation', title: tooLarge ? 'Request Header Fields Too Large' : 'Bad Request', status });
    socket.end(
      `HTTP/1.1 ${status} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\nContent-Type: application/problem+json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nX-Content-Type-Options: nosniff\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // A deep accept queue: a burst of a thousand people pressing at once queues instead of being reset.
    server.listen({ port: options.port, host: options.host ?? '127.0.0.1', backlog: 4096 }, () => resolve());
  });
  const { port } = server.address() as { port: number };
  return {
    url: `http://localhost:${port}`,
    server,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
