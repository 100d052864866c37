import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GetObjectTaggingCommand, S3Client } from '@aws-sdk/client-s3';
import type { Platform } from '../../local/platform.js';
import { s3DocumentFiles } from '../../functions/adapters/s3-document-files.js';
import { signIn, startTestPlatform, type Client } from '../support/test-platform.js';
import { createDraft, readyToSubmit, uniqueKey, uploadDocument } from '../support/applications.js';
import { pdfBytes, pngBytes } from '../support/files.js';

let platform: Platform;
let citizen: Client;

beforeAll(async () => {
  platform = await startTestPlatform();
  citizen = await signIn(platform, '13900000001');
});
afterAll(async () => platform?.stop());

async function announce(applicationId: string, body: Record<string, unknown>) {
  return citizen.call('POST', `/applications/${applicationId}/documents`, body, { 'idempotency-key': uniqueKey('doc') });
}

async function documentsOf(applicationId: string) {
  return (await citizen.call('GET', `/applications/${applicationId}`)).body.documents as { id: string; status: string; kind: string }[];
}

describe('document uploads', () => {
  it('marks a file received only after the server checked its size and real type', async () => {
    const draft = await createDraft(citizen);
    const confirmed = await uploadDocument(citizen, draft.id, 'photo', pngBytes(), 'image/png', '照片.png');
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.document).toMatchObject({ kind: 'photo', status: 'received', fileName: '照片.png' });
    const link = await citizen.call('GET', `/applications/${draft.id}/documents/${confirmed.body.document.id}/link`);
    const file = await fetch(link.body.url);
    expect(Buffer.from(await file.arrayBuffer()).equals(pngBytes())).toBe(true);
  });

  it('hands out an upload URL valid for at most 5 minutes with content type and length signed in', async () => {
    const draft = await createDraft(citizen);
    const bytes = pdfBytes();
    const announced = await announce(draft.id, { kind: 'medicalRecords', fileName: 'a.pdf', contentType: 'application/pdf', size: bytes.length });
    const url = new URL(announced.body.upload.url);
    expect(Number(url.searchParams.get('X-Amz-Expires'))).toBeLessThanOrEqual(300);
    expect(url.searchParams.get('X-Amz-SignedHeaders')?.split(';')).toEqual(expect.arrayContaining(['content-length', 'content-type', 'host', 'if-none-match', 'x-amz-tagging']));
    expect(announced.body.upload.headers).toEqual({ 'content-type': 'application/pdf', 'x-amz-tagging': 'state=draft', 'if-none-match': '*' });

    const otherType = await fetch(url, { method: 'PUT', body: new Uint8Array(bytes), headers: { ...announced.body.upload.headers, 'content-type': 'image/png' } });
    expect(otherType.status).toBe(403);
    const longer = await fetch(url, { method: 'PUT', body: new Uint8Array(Buffer.concat([bytes, Buffer.alloc(10)])), headers: announced.body.upload.headers });
    expect(longer.status).toBe(403);
  });

  it('refuses a tampered upload URL', async () => {
    const draft = await createDraft(citizen);
    const bytes = pngBytes();
    const announced = await announce(draft.id, { kind: 'photo', fileName: 'a.png', contentType: 'image/png', size: bytes.length });
    // Another last character than the id has (ids are random: one ending in 0 would not have been changed).
    const id = announced.body.document.id as string;
    const tampered = announced.body.upload.url.replace(id, `${id.slice(0, -1)}${id.endsWith('0') ? '1' : '0'}`);
    expect(tampered).not.toBe(announced.body.upload.url);
    const response = await fetch(tampered, { method: 'PUT', body: new Uint8Array(bytes), headers: announced.body.upload.headers });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('SignatureDoesNotMatch');
  });

  it('refuses an expired upload URL', async () => {
    const client = new S3Client({
      region: 'us-east-1',
      endpoint: platform.s3Endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    });
    const bytes = pngBytes();
    const upload = await s3DocumentFiles(client, 'onevisit-documents').presignUpload('applications/expiry-test', 'image/png', bytes.length, 1);
    await new Promise((r) => setTimeout(r, 2100));
    const response = await fetch(upload.url, { method: 'PUT', body: new Uint8Array(bytes), headers: upload.headers });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('expired');
    client.destroy();
  });

  it('refuses a PNG renamed and announced as a PDF, deletes it and does not count it', async () => {
    const draft = await createDraft(citizen);
    const confirmed = await uploadDocument(citizen, draft.id, 'medicalRecords', pngBytes(), 'application/pdf', 'report.pdf');
    expect(confirmed.status).toBe(422);
    expect(confirmed.body).toMatchObject({ type: '/problems/upload-rejected', errors: [{ code: 'typeMismatch' }] });
    expect(confirmed.body.detail).toContain('格式');
    expect((await documentsOf(draft.id)).filter((d) => d.kind === 'medicalRecords')).toEqual([]);
  });

  it('refuses a file that is not an accepted type at all', async () => {
    const draft = await createDraft(citizen);
    const announced = await announce(draft.id, { kind: 'photo', fileName: 'a.gif', contentType: 'image/gif', size: 10 });
    expect(announced.status).toBe(400);
    expect(announced.body.errors[0]).toMatchObject({ field: 'contentType', code: 'error.file.type' });
  });

  it('refuses an oversized file before upload with 413, and checks the stored size again afterwards', async () => {
    const draft = await createDraft(citizen);
    const tooBig = await announce(draft.id, { kind: 'photo', fileName: 'big.png', contentType: 'image/png', size: 10 * 1024 * 1024 + 1 });
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.type).toBe('/problems/too-large');

    // A file never uploaded is not "received".
    const bytes = pngBytes();
    const announced = await announce(draft.id, { kind: 'photo', fileName: 'a.png', contentType: 'image/png', size: bytes.length });
    const notUploaded = await citizen.call('POST', `/applications/${draft.id}/documents/${announced.body.document.id}/confirm`);
    expect(notUploaded.status).toBe(422);
    expect(notUploaded.body.errors[0].code).toBe('notUploaded');
  });

  it('takes the files of a submitted application out of the abandoned-draft clean-up', async () => {
    const draft = await readyToSubmit(citizen);
    const submitted = await citizen.call('POST', `/applications/${draft.id}/submit`, { version: draft.version }, { 'idempotency-key': uniqueKey('s') });
    expect(submitted.status).toBe(201);
    const client = new S3Client({ region: 'us-east-1', endpoint: platform.s3Endpoint, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
    for (const doc of await documentsOf(draft.id)) {
      const tags = await client.send(new GetObjectTaggingCommand({ Bucket: 'onevisit-documents', Key: `applications/${draft.id}/${doc.id}` }));
      expect(tags.TagSet).toEqual([{ Key: 'state', Value: 'submitted' }]);
    }
    client.destroy();
  });
});
