/**
 * The presigned upload URL as AWS would receive it: the client is configured exactly as on AWS (no
 * endpoint), and the URL's query is read parameter by parameter. Presigning is local computation, so
 * no account is needed.
 */
import { describe, expect, it } from 'vitest';
import { S3Client } from '@aws-sdk/client-s3';
import { s3ClientConfig } from '../../functions/adapters/aws-clients.js';
import { s3DocumentFiles } from '../../functions/adapters/s3-document-files.js';

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };

async function presignedPut(config: Parameters<typeof s3ClientConfig>[0]) {
  const client = new S3Client({ ...s3ClientConfig(config), credentials });
  try {
    const upload = await s3DocumentFiles(client, 'onevisit-documents-abc').presignUpload('applications/01J/02K', 'image/jpeg', 123_456, 300);
    return { ...upload, url: new URL(upload.url) };
  } finally {
    client.destroy();
  }
}

describe('the presigned upload URL on AWS', () => {
  it('carries no checksum of an empty body, only the SigV4 parameters and the operation', async () => {
    const { url } = await presignedPut({ AWS_REGION: 'ap-east-1' });
    expect([...url.searchParams.keys()].sort()).toEqual([
      'X-Amz-Algorithm',
      'X-Amz-Content-Sha256',
      'X-Amz-Credential',
      'X-Amz-Date',
      'X-Amz-Expires',
      'X-Amz-Signature',
      'X-Amz-SignedHeaders',
      'x-id',
    ]);
    expect(url.searchParams.get('X-Amz-Content-Sha256')).toBe('UNSIGNED-PAYLOAD');
    expect(url.searchParams.get('x-id')).toBe('PutObject');
  });

  it('signs the type, the length, the host, "only if nothing is there" and the draft tag, and lives five minutes', async () => {
    const { url, headers } = await presignedPut({ AWS_REGION: 'ap-east-1' });
    expect(url.searchParams.get('X-Amz-SignedHeaders')).toBe('content-length;content-type;host;if-none-match;x-amz-tagging');
    expect(url.searchParams.get('X-Amz-Expires')).toBe('300');
    expect(url.searchParams.get('X-Amz-Credential')).toMatch(/^AKIDEXAMPLE\/\d{8}\/ap-east-1\/s3\/aws4_request$/);
    expect(headers).toEqual({ 'content-type': 'image/jpeg', 'x-amz-tagging': 'state=draft', 'if-none-match': '*' });
  });

  it('goes to the bucket’s regional virtual-hosted origin', async () => {
    const { url } = await presignedPut({ AWS_REGION: 'ap-east-1' });
    expect(url.origin).toBe('https://onevisit-documents-abc.s3.ap-east-1.amazonaws.com');
  });

  it('uses the same checksum settings on AWS and against the local emulator', () => {
    const pick = (c: ReturnType<typeof s3ClientConfig>) => ({ request: c.requestChecksumCalculation, response: c.responseChecksumValidation });
    const aws = s3ClientConfig({ AWS_REGION: 'ap-east-1' });
    const local = s3ClientConfig({ AWS_REGION: 'us-east-1', S3_ENDPOINT: 'http://localhost:4001' });
    expect(pick(aws)).toEqual(pick(local));
    expect(pick(aws)).toEqual({ request: 'WHEN_REQUIRED', response: 'WHEN_REQUIRED' });
  });
});
