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

async function readBody(req: http.IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw Object.assign(new Error('body too large'), { status: 413 });
    chunks.push(chunk as Buffer);
  }
  return chunks.length ? Buffer.concat(chunks).toString('utf8') : undefined;
}

function problem(res: http.ServerResponse, status: number, title: string): void {
  res.writeHead(status, { 'content-type': 'application/problem+json' });
  res.end(JSON.stringify({ type: status === 401 ? '/problems/unauthorized' : '/problems/not-found', title, status }));
}

export interface GatewayOptions {
  port: number;
  host?: string;
  webRoot?: string;
  sessionSecret: string;
  /** Origins the page may upload to (the S3 endpoint), for the content security policy. */
  uploadOrigins: string[];
}

export async function startGateway(options: GatewayOptions): Promise<{ url: string; server: http.Server; stop(): Promise<void> }> {
  const mounted = await mountRoutes();
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    // React Aria positions overlays and hides inputs with inline styles; scripts stay strictly 'self'.
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${options.uploadOrigins.join(' ')}`,
    `connect-src 'self' ${options.uploadOrigins.join(' ')}`,
    `frame-src 'self' ${options.uploadOrigins.join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');

  async function serveApi(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    const method = req.method ?? 'GET';
    const match = mounted.find((m) => m.route.method === method && m.pattern.test(url.pathname));
    if (!match) return problem(res, 404, 'Not Found');

    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(',') : value;

    let claims: Record<string, unknown> | undefined;
    const bearer = headers.authorization?.match(/^Bearer (.+)$/)?.[1];
    if (bearer) claims = (await verifySessionToken(bearer, options.sessionSecret)) as Record<string, unknown> | undefined;
    // As the HTTP API's JWT authorizer: protected routes never reach the handler without a valid token.
    if (match.route.access !== 'public' && !claims) return problem(res, 401, 'Unauthorized');

    const values = match.pattern.exec(url.pathname)!.slice(1);
    const pathParameters = Object.fromEntries(match.paramNames.map((n, i) => [n, decodeURIComponent(values[i]!)]));
    const routeKey = `${method} ${match.route.path}`;
    const event = {
      version: '2.0',
      routeKey,
      rawPath: url.pathname,
      rawQueryString: url.search.slice(1),
      headers,
      queryStringParameters: url.search ? Object.fromEntries(url.searchParams) : undefined,
      pathParameters: match.paramNames.length ? pathParameters : undefined,
      body: await readBody(req),
      isBase64Encoded: false,
      requestContext: {
        accountId: 'local',
        apiId: 'local',
        domainName: url.host,
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
      // The web app asks how people sign in here; on AWS the Web stack writes Cognito's settings instead.
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-cache' });
      return void res.end(JSON.stringify({ auth: { kind: 'local' } }));
    }
    if (!options.webRoot) return problem(res, 404, 'Not Found');
    const path = url.pathname.length > 1 ? url.pathname.replace(/\/$/, '') : url.pathname;
    const relative = normalize(decodeURIComponent(prerendered[path] ?? url.pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(options.webRoot, relative);
    const isFile = await stat(file).then((s) => s.isFile()).catch(() => false);
    // Single-page app: every other path that is not a file gets index.html, the shell.
    if (!isFile) file = join(options.webRoot, 'index.html');
    const body = await readFile(file).catch(() => undefined);
    if (!body) return problem(res, 404, 'Not Found');
    const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    const encoding = COMPRESSIBLE.test(type) ? encodingFor(req.headers['accept-encoding']) : undefined;
    const sent = encoding ? await encodedFile(file, body, encoding, compressed) : body;
    res.writeHead(200, {
      'content-type': type,
      ...(encoding ? { 'content-encoding': encoding } : {}),
      ...(COMPRESSIBLE.test(type) ? { vary: 'accept-encoding' } : {}),
      'content-length': String(sent.length),
      'cache-control': file.includes(`${join(options.webRoot, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      'content-security-policy': csp,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'permissions-policy': 'camera=(self), microphone=(), geolocation=()',
    });
    res.end(sent);
  }

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    try {
      if (url.pathname.startsWith('/api/')) await serveApi(req, res, url);
      else await serveStatic(req, res, url);
    } catch (error) {
      const status = (error as { status?: number }).status ?? 500;
      if (!res.headersSent) {
        res.writeHead(status, { 'content-type': 'application/problem+json' });
        res.end(JSON.stringify({ type: status === 413 ? '/problems/too-large' : '/problems/internal', title: status === 413 ? 'Too large' : 'Internal error', status }));
      }
      if (status === 500) logEvent('error', 'gateway error', { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
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
