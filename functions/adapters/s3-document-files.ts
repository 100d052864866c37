import { CopyObjectCommand, DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, NotFound, PutObjectCommand, PutObjectTaggingCommand, type S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { DocumentFiles } from '../documents/document-files.js';

/** Uploads start as drafts; the bucket's lifecycle rule deletes draft objects that were never submitted. */
const DRAFT_TAG = 'state=draft';

export function s3DocumentFiles(client: S3Client, bucket: string): DocumentFiles {
  return {
    async presignUpload(key, contentType, size, seconds) {
      const command = new PutObjectCommand({ Bucket: bucket, Key: key, ContentType: contentType, ContentLength: size, Tagging: DRAFT_TAG, IfNoneMatch: '*' });
      const signed = new Set(['content-type', 'content-length', 'x-amz-tagging', 'if-none-match']);
      // Signed as headers, so a different type, size or tag breaks the signature, and S3 refuses a
      // second PUT to the same key (412) while the URL is still valid.
      const url = await getSignedUrl(client, command, { expiresIn: seconds, signableHeaders: signed, unhoistableHeaders: signed });
      return {
        url,
        headers: { 'content-type': contentType, 'x-amz-tagging': DRAFT_TAG, 'if-none-match': '*' },
        expiresAt: new Date(Date.now() + seconds * 1000).toISOString(),
      };
    },

    async head(key) {
      try {
        const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
        return { size: head.ContentLength ?? 0, etag: head.ETag ?? '' };
      } catch (error) {
        if (error instanceof NotFound || (error as { name?: string }).name === 'NotFound') return undefined;
        throw error;
      }
    },

    async copyIfUnchanged(from, to, etag) {
      try {
        const copied = await client.send(
          new CopyObjectCommand({ Bucket: bucket, Key: to, CopySource: `${bucket}/${from}`, CopySourceIfMatch: etag, TaggingDirective: 'COPY' }),
        );
        return copied.CopyObjectResult?.ETag ?? etag;
      } catch (error) {
        const name = (error as { name?: string }).name;
        if (name === 'PreconditionFailed' || name === 'NoSuchKey' || name === 'NotFound') return undefined;
        throw error;
      }
    },

    async readStart(key, bytes) {
      const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key, Range: `bytes=0-${bytes - 1}` }));
      return object.Body ? await object.Body.transformToByteArray() : new Uint8Array();
    },

    async read(key) {
      const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      return object.Body ? await object.Body.transformToByteArray() : new Uint8Array();
    },

    async put(key, bytes, contentType) {
      await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: bytes, ContentType: contentType, Tagging: 'state=submitted' }));
    },

    async keep(key) {
      await client.send(new PutObjectTaggingCommand({ Bucket: bucket, Key: key, Tagging: { TagSet: [{ Key: 'state', Value: 'submitted' }] } }));
    },

    async remove(key) {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
    },

    async presignDownload(key, seconds, fileName) {
      return getSignedUrl(
        client,
        new GetObjectCommand({ Bucket: bucket, Key: key, ResponseContentDisposition: `inline; filename*=UTF-8''${encodeURIComponent(fileName)}` }),
        { expiresIn: seconds },
      );
    },
  };
}
