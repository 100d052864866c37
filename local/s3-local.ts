/**
 * The S3 emulator (s3rver) behind a small proxy that does what s3rver does not: it refuses presigned
 * requests whose SigV4 signature does not match (tampered URL, other content type or length) or whose
 * time is up, exactly as S3 would. The check recomputes the signature with the SDK's own signer.
 */
import http from 'node:http';
import { mkdirSync } from 'node:fs';
import S3rver from 's3rver';
import { SignatureV4 } from '@smithy/signature-v4';
import { HttpRequest } from '@smithy/protocol-http';
import { Sha256 } from '@aws-crypto/sha256-js';
import { freePort } from './free-port.js';
import { uploadCorsRule } from '../config/upload-cors.js';

export const LOCAL_S3_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export interface S3Local {
  endpoint: string;
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

function amzDateToMs(value: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) return NaN;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
}

/** Why a presigned request must be refused, or undefined when it is genuine and in time. */
export async function presignedRequestProblem(req: http.IncomingMessage, hostHeader: string): Promise<string | undefined> {
  const url = new URL(req.url ?? '/', `http://${hostHeader}`);
  const q = url.searchParams;
  const signature = q.get('X-Amz-Signature');
  const date = q.get('X-Amz-Date');
  const expires = Number(q.get('X-Amz-Expires'));
  const credential = q.get('X-Amz-Credential');
  const signedHeaders = q.get('X-Amz-SignedHeaders');
  if (!signature || !date || !credential || !signedHeaders || !Number.isFinite(expires)) return 'AuthorizationQueryParametersError';
  const signedAt = amzDateToMs(date);
  if (!Number.isFinite(signedAt) || Date.now() > signedAt + expires * 1000) return 'Request has expired';

  const [accessKeyId, , region, service] = credential.split('/');
  if (accessKeyId !== LOCAL_S3_CREDENTIALS.accessKeyId || !region || !service) return 'InvalidAccessKeyId';

  const headers: Record<string, string> = {};
  for (const name of signedHeaders.split(';')) {
    const value = req.headers[name];
    if (value === undefined) return 'SignatureDoesNotMatch';
    headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of q) {
    if (key === 'X-Amz-Signature') continue;
    const prior = query[key];
    query[key] = prior === undefined ? value : ([] as string[]).concat(prior, value);
  }
  // S3 signs presigned payloads as UNSIGNED-PAYLOAD; the signer reads that from this header and hoists it.
  const payloadHash = q.get('X-Amz-Content-Sha256');
  const signer = new SignatureV4({ credentials: LOCAL_S3_CREDENTIALS, region, service, sha256: Sha256, uriEscapePath: false });
  const request = new HttpRequest({ method: req.method ?? 'GET', protocol: 'http:', hostname: url.hostname, port: Number(url.port) || undefined, path: url.pathname, query, headers: payloadHash ? { ...headers, 'X-Amz-Content-Sha256': payloadHash } : headers });
  const signed = await signer.presign(request, {
    signingDate: new Date(signedAt),
    expiresIn: expires,
    signableHeaders: new Set(Object.keys(headers)),
    unhoistableHeaders: new Set(Object.keys(headers)),
  });
  return signed.query?.['X-Amz-Signature'] === signature ? undefined : 'SignatureDoesNotMatch';
}

function refuse(res: http.ServerResponse, origin: string | undefined, code: string): void {
  const status = code === 'Request has expired' || code === 'SignatureDoesNotMatch' || code === 'InvalidAccessKeyId' ? 403 : 400;
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

  const proxy = http.createServer(async (req, res) => {
    const origin = req.headers.origin;
    const hostHeader = req.headers.host ?? `127.0.0.1:${options.port}`;
    try {
      if (req.method !== 'OPTIONS' && (req.url ?? '').includes('X-Amz-Signature=')) {
        const problem = await presignedRequestProblem(req, hostHeader);
        if (problem) {
          req.resume();
          return refuse(res, origin, problem);
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
    async stop() {
      proxy.closeAllConnections();
      await new Promise<void>((r) => proxy.close(() => r()));
      await s3rver.close();
    },
  };
}
