/**
 * The local stand-in for API Gateway's HTTP API with its JWT authorizer: it mounts every handler of the
 * route table, turns HTTP requests into API Gateway v2 events (claims in
 * requestContext.authorizer.jwt.claims, as on AWS), and serves the built web app beside them.
 */
import http from 'node:http';
import { logEvent } from '../functions/shared/log.js';
import { apiRequests, GatewayProblem, problem, requestUrl } from './api-gateway-event.js';
import { staticFiles } from './static-files.js';
import { securityHeaders, type SecurityHeaderInputs } from '../config/security-headers.js';

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
  const headers = securityHeaders(options.security);
  const serveApi = await apiRequests(options.sessionSecret);
  const serveStatic = await staticFiles(options.webRoot, options.webConfig);

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
