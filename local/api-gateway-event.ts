/**
 * Requests as API Gateway's HTTP API hands them to Lambda: the route matched from the route table, the
 * JWT authorizer's claims, a v2 event, a Lambda context; and the 4xx a malformed request gets before
 * any handler runs.
 */
import type http from 'node:http';
import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { routes, type Route } from '../functions/routes.js';
import { verifySessionToken } from '../functions/auth/session-tokens.js';

type Handler = (event: APIGatewayProxyEventV2WithJWTAuthorizer, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

interface MountedRoute {
  route: Route;
  pattern: RegExp;
  paramNames: string[];
  handler: Handler;
}

const MAX_BODY_BYTES = 1024 * 1024;

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
export class GatewayProblem extends Error {
  constructor(readonly status: number, readonly type: string, readonly title: string) {
    super(title);
  }
}

export function problem(res: http.ServerResponse, status: number, type: string, title: string): void {
  res.writeHead(status, { 'content-type': 'application/problem+json', 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' });
  res.end(JSON.stringify({ type: `/problems/${type}`, title, status }));
}

/** The request's path and query; an absolute-form target that is not a URL is the client's mistake. */
export function requestUrl(target: string | undefined): URL {
  try {
    return new URL(target ?? '/', 'http://localhost');
  } catch {
    throw new GatewayProblem(400, 'validation', 'Bad Request');
  }
}

export function decodePathPart(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    throw new GatewayProblem(400, 'validation', 'Bad Request');
  }
}

/** Mounts every handler of the route table and answers API requests as the HTTP API would. */
export async function apiRequests(sessionSecret: string) {
  const mounted = await mountRoutes();
  async function serveApi(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    const method = req.method ?? 'GET';
    const match = mounted.find((m) => m.route.method === method && m.pattern.test(url.pathname));
    if (!match) return problem(res, 404, 'not-found', 'Not Found');

    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(',') : value;

    let claims: Record<string, unknown> | undefined;
    const bearer = headers.authorization?.match(/^Bearer (.+)$/)?.[1];
    if (bearer) claims = (await verifySessionToken(bearer, sessionSecret)) as Record<string, unknown> | undefined;
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
  return serveApi;
}
