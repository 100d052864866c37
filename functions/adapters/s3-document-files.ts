import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, NotFound, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { DocumentFiles } from '../documents/document-files.js';

export function s3DocumentFiles(client: S3Client, bucket: string): DocumentFiles {
  return {
    async presignUpload(key, contentType, size, seconds) {
      const command = new PutObjectCommand({ Bucket: bucket, Key: key, ContentType: contentType, ContentLength: size });
      const url = await getSignedUrl(client, command, {
        expiresIn: seconds,
        // Signed as headers, so a different type or size breaks the signature.
        signableHeaders: new Set(['content-type', 'content-length']),
        unhoistableHeaders: new Set(['content-type', 'content-length']),
      });
      return {
        url,
        headers: { 'content-type': contentType },
        expiresAt: new Date(Date.now() + seconds * 1000).toISOString(),
      };
    },

    async sizeOf(key) {
      try {
        const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
        return head.ContentLength;
      } catch (error) {
        if (error instanceof NotFound || (error as { name?: string }).name === 'NotFound') return undefined;
        throw error;
      }
    },

    async readStart(key, bytes) {
      const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key, Range: `bytes=0-${bytes - 1}` }));
      return object.Body ? await object.Body.transformToByteArray() : new Uint8Array();
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
