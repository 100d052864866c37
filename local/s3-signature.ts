/**
 * What S3 checks before it answers, and s3rver does not: every request must be signed with the right
 * credentials, either in the Authorization header (the SDK's own calls) or in the query (presigned
 * URLs, which also expire). The signature is recomputed with the SDK's own signer.
 */
import type http from 'node:http';
import { SignatureV4 } from '@smithy/signature-v4';
import { HttpRequest } from '@smithy/protocol-http';
import { Sha256 } from '@aws-crypto/sha256-js';

export const LOCAL_S3_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

/** S3's error codes for a request it refuses before looking at the bucket. */
export type SignatureProblem = 'AccessDenied' | 'AuthorizationQueryParametersError' | 'InvalidAccessKeyId' | 'SignatureDoesNotMatch' | 'Request has expired';

function amzDateToMs(value: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) return NaN;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
}

interface Signed {
  signature: string;
  accessKeyId: string;
  region: string;
  service: string;
  signedHeaders: string[];
  signedAt: number;
}

function parseCredential(credential: string): Pick<Signed, 'accessKeyId' | 'region' | 'service'> | undefined {
  const [accessKeyId, , region, service] = credential.split('/');
  return accessKeyId && region && service ? { accessKeyId, region, service } : undefined;
}

function signedHeaderValues(req: http.IncomingMessage, names: string[]): Record<string, string> | undefined {
  const headers: Record<string, string> = {};
  for (const name of names) {
    const value = req.headers[name];
    if (value === undefined) return undefined;
    headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  return headers;
}

function queryOf(url: URL, without: string[]): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of url.searchParams) {
    if (without.includes(key)) continue;
    const prior = query[key];
    query[key] = prior === undefined ? value : ([] as string[]).concat(prior, value);
  }
  return query;
}

/** A presigned request (signature in the query): refused when tampered with or out of time. */
async function presignedProblem(req: http.IncomingMessage, url: URL): Promise<SignatureProblem | undefined> {
  const q = url.searchParams;
  const signature = q.get('X-Amz-Signature');
  const date = q.get('X-Amz-Date');
  const expires = Number(q.get('X-Amz-Expires'));
  const credential = parseCredential(q.get('X-Amz-Credential') ?? '');
  const signedHeaders = q.get('X-Amz-SignedHeaders');
  if (!signature || !date || !credential || !signedHeaders || !Number.isFinite(expires)) return 'AuthorizationQueryParametersError';
  const signedAt = amzDateToMs(date);
  if (!Number.isFinite(signedAt) || Date.now() > signedAt + expires * 1000) return 'Request has expired';
  if (credential.accessKeyId !== LOCAL_S3_CREDENTIALS.accessKeyId) return 'InvalidAccessKeyId';
  const headers = signedHeaderValues(req, signedHeaders.split(';'));
  if (!headers) return 'SignatureDoesNotMatch';

  // S3 signs presigned payloads as UNSIGNED-PAYLOAD; the signer reads that from this header and hoists it.
  const payloadHash = q.get('X-Amz-Content-Sha256');
  const signer = new SignatureV4({ credentials: LOCAL_S3_CREDENTIALS, region: credential.region, service: credential.service, sha256: Sha256, uriEscapePath: false });
  const request = new HttpRequest({
    method: req.method ?? 'GET',
    protocol: 'http:',
    hostname: url.hostname,
    port: Number(url.port) || undefined,
    path: url.pathname,
    query: queryOf(url, ['X-Amz-Signature']),
    headers: payloadHash ? { ...headers, 'X-Amz-Content-Sha256': payloadHash } : headers,
  });
  const signed = await signer.presign(request, {
    signingDate: new Date(signedAt),
    expiresIn: expires,
    signableHeaders: new Set(Object.keys(headers)),
    unhoistableHeaders: new Set(Object.keys(headers)),
  });
  return signed.query?.['X-Amz-Signature'] === signature ? undefined : 'SignatureDoesNotMatch';
}

const AUTHORIZATION = /^AWS4-HMAC-SHA256 Credential=([^,]+),\s*SignedHeaders=([^,]+),\s*Signature=([0-9a-f]+)$/;

/** A request signed in its Authorization header, as the SDK sends its own calls. */
async function headerSignedProblem(req: http.IncomingMessage, url: URL, authorization: string): Promise<SignatureProblem | undefined> {
  const match = AUTHORIZATION.exec(authorization);
  const credential = parseCredential(match?.[1] ?? '');
  const date = req.headers['x-amz-date'];
  if (!match || !credential || typeof date !== 'string') return 'AccessDenied';
  if (credential.accessKeyId !== LOCAL_S3_CREDENTIALS.accessKeyId) return 'InvalidAccessKeyId';
  const signedAt = amzDateToMs(date);
  // S3 refuses a signature more than 15 minutes away from its clock.
  if (!Number.isFinite(signedAt) || Math.abs(Date.now() - signedAt) > 15 * 60 * 1000) return 'Request has expired';
  const names = match[2]!.split(';');
  const headers = signedHeaderValues(req, names);
  if (!headers) return 'SignatureDoesNotMatch';

  const signer = new SignatureV4({ credentials: LOCAL_S3_CREDENTIALS, region: credential.region, service: credential.service, sha256: Sha256, uriEscapePath: false });
  const request = new HttpRequest({
    method: req.method ?? 'GET',
    protocol: 'http:',
    hostname: url.hostname,
    port: Number(url.port) || undefined,
    path: url.pathname,
    query: queryOf(url, []),
    headers,
  });
  const signed = await signer.sign(request, { signingDate: new Date(signedAt), signableHeaders: new Set(names) });
  const signature = /Signature=([0-9a-f]+)$/.exec(String(signed.headers.authorization ?? signed.headers.Authorization ?? ''))?.[1];
  return signature === match[3] ? undefined : 'SignatureDoesNotMatch';
}

/** Why S3 would refuse this request, or undefined when it is signed, genuine and in time. */
export async function signatureProblem(req: http.IncomingMessage, hostHeader: string): Promise<SignatureProblem | undefined> {
  const url = new URL(req.url ?? '/', `http://${hostHeader}`);
  if (url.searchParams.has('X-Amz-Signature')) return presignedProblem(req, url);
  const authorization = req.headers.authorization;
  if (authorization) return headerSignedProblem(req, url, authorization);
  // No public access: an anonymous request is refused whatever it asks for.
  return 'AccessDenied';
}
