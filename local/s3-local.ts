/**
 * The S3 emulator (s3rver) behind a small proxy that does what s3rver does not, as S3 would: it
 * refuses unsigned, wrongly signed, tampered and expired requests (local/s3-signature.ts), and it keeps
 * the conditions our code relies on — a PUT with `If-None-Match: *` onto an existing key, a copy whose
 * source is no longer the `x-amz-copy-source-if-match` version, a read whose `If-Match` no longer
 * holds: 412. Tests can make it fail chosen requests, as S3 sometimes does.
 */
import http from 'node:http';
import { mkdirSync } from 'node:fs';
import S3rver from 's3rver';
import { freePort } from './free-port.js';
import { signatureProblem } from './s3-signature.js';
import { uploadCorsRule } from '../config/upload-cors.js';

export { LOCAL_S3_CREDENTIALS } from './s3-signature.js';

/** A fault to answer instead of S3 (e.g. 503 SlowDown on tagging), chosen per request by a test. */
export type S3Fault = (request: { method: string; url: string }) => { status: number; code: string } | undefined;

export interface S3Local {
  endpoint: string;
  /** Answers requests the fault chooses with its error, until set to undefined. */
  setFault(fault: S3Fault | undefined): void;
  stop(): Promise<void>;
}

/** The bucket's CORS rule as the AWS deployment sets it, in S3's XML. */
function corsXml(origins: string[]): string {
  const rule = uploadCorsRule(origins);
  const elements = (name: string, values: (string | number)[]) => values.map((v) => `<${name}>${v}</${name}>`).join('');
  return (
    `<CORSConfiguration><CORSRule>${elements('AllowedOrigin', rule.AllowedOrigins)}${elements('AllowedMethod', rule.AllowedMethods)}` +
    `${elements('AllowedHeader', rule.AllowedHeaders)}${elements('ExposeHeader', rule.ExposeHeaders)}${elements('MaxAgeSeconds', [rule.MaxAgeSeconds])}</CORSRule></CORSConfiguration>`
  );
}

function refuse(res: http.ServerResponse, origin: string | undefined, code: string, status = code === 'AuthorizationQueryParametersError' ? 400 : 403): void {
  res.writeHead(status, {
    'content-type': 'application/xml',
    ...(origin ? { 'access-control-allow-origin': origin, vary: 'Origin' } : {}),
  });
  res.end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code === 'Request has expired' ? 'AccessDenied' : code}</Code><Message>${code}</Message></Error>`);
}

/** Starts s3rver on a private port and the checking proxy on `port`; the bucket is created with CORS for `webOrigins`. */
export async function startS3Local(options: { port: number; dataDir: string; buckets: string[]; webOrigins: string[] }): Promise<S3Local> {
  mkdirSync(options.dataDir, { recursive: true });
  const innerPort = await freePort();
  const s3rver = new S3rver({
    port: innerPort,
    address: '127.0.0.1',
    directory: options.dataDir,
    silent: true,
    // The proxy below is the signature check; s3rver's own would trip over the proxied Host.
    allowMismatchedSignatures: true,
    configureBuckets: options.buckets.map((name) => ({ name, configs: [corsXml(options.webOrigins)] })),
  });
  await s3rver.run();

  let fault: S3Fault | undefined;

  /** The stored object's entity tag, asked of s3rver directly; undefined when there is none. */
  const etagOf = (path: string) =>
    new Promise<string | undefined>((resolve) => {
      const head = http.request({ host: '127.0.0.1', port: innerPort, method: 'HEAD', path }, (r) => {
        r.resume();
        resolve(r.statusCode === 200 ? String(r.headers.etag ?? '') : undefined);
      });
      head.on('error', () => resolve(undefined));
      head.end();
    });

  /** The conditions of the request that S3 checks and s3rver does not: true when one fails. */
  async function preconditionFails(req: http.IncomingMessage): Promise<boolean> {
    const path = new URL(req.url ?? '/', 'http://s3').pathname;
    const copySource = req.headers['x-amz-copy-source'];
    const copyIfMatch = req.headers['x-amz-copy-source-if-match'];
    if (req.method === 'PUT' && typeof copySource === 'string' && typeof copyIfMatch === 'string') {
      const source = decodeURIComponent(copySource.split('?')[0]!);
      return (await etagOf(source.startsWith('/') ? source : `/${source}`)) !== copyIfMatch;
    }
    if (req.method === 'PUT' && req.headers['if-none-match'] === '*' && !copySource) return (await etagOf(path)) !== undefined;
    const ifMatch = req.headers['if-match'];
    if ((req.method === 'GET' || req.method === 'HEAD') && typeof ifMatch === 'string') return (await etagOf(path)) !== ifMatch;
    return false;
  }

  const proxy = http.createServer(async (req, res) => {
    const origin = req.headers.origin;
    const hostHeader = req.headers.host ?? `127.0.0.1:${options.port}`;
    try {
      // CORS preflights carry no credentials, on S3 as here.
      if (req.method !== 'OPTIONS') {
        const problem = await signatureProblem(req, hostHeader);
        if (problem) {
          req.resume();
          return refuse(res, origin, problem);
        }
        const injected = fault?.({ method: req.method ?? 'GET', url: req.url ?? '/' });
        if (injected) {
          req.resume();
          return refuse(res, origin, injected.code, injected.status);
        }
        if (await preconditionFails(req)) {
          req.resume();
          return refuse(res, origin, 'PreconditionFailed', 412);
        }
      }
    } catch {
      req.resume();
      return refuse(res, origin, 'SignatureDoesNotMatch');
    }
    const upstream = http.request(
      { host: '127.0.0.1', port: innerPort, method: req.method, path: req.url, headers: req.headers },
      (upstreamRes) => {
        res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.headers);
        upstreamRes.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve, reject) => {
    proxy.once('error', reject);
    proxy.listen(options.port, '127.0.0.1', () => resolve());
  });
  const { port } = proxy.address() as { port: number };
  return {
    endpoint: `http://127.0.0.1:${port}`,
    setFault(next) {
      fault = next;
    },
    async stop() {
      proxy.closeAllConnections();
      await new Promise<void>((r) => proxy.close(() => r()));
      await s3rver.close();
    },
  };
}
