/**
 * A document is served only while it is exactly the file that was checked at upload: the same entity
 * tag, and bytes that still are the type it was accepted as. Anything else is treated as missing and
 * reported, never shown.
 */
import type { DocumentRecord } from './document-record.js';
import { NotFoundError } from '../shared/errors.js';
import { logEvent } from '../shared/log.js';
import { documentKey, type DocumentFiles } from './document-files.js';
import { detectContentType, SNIFF_BYTES, typeMatches } from './file-types.js';

export async function assertServable(files: Pick<DocumentFiles, 'head' | 'readStart'>, doc: DocumentRecord): Promise<void> {
  if (doc.status !== 'received') throw new NotFoundError();
  const key = documentKey(doc.applicationId, doc.id);
  const stored = await files.head(key);
  // Documents received before entity tags were recorded have none to compare; their type is still checked.
  const sameFile = stored !== undefined && (!doc.etag || stored.etag === doc.etag);
  const sameType = sameFile && typeMatches(doc.contentType, await detectContentType(await files.readStart(key, SNIFF_BYTES)));
  if (!sameType) {
    logEvent('error', 'document changed after it was checked', { applicationId: doc.applicationId, documentId: doc.id, found: stored ? 'other file' : 'nothing' });
    throw new NotFoundError();
  }
}
