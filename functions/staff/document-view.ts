/**
 * A staff member opens one of a matter's documents inline, through a link that lives a minute. A HEIC
 * photo is shown as a JPEG made from it on first view and kept; every view is audited.
 */
import { matterFor } from '../matters/access.js';
import type { MatterRole } from '../matters/matter.js';
import { recordLook } from '../matters/looks.js';
import { documentKey, documentPreviewKey, type DocumentFiles } from '../documents/document-files.js';
import { needsPreview, PreviewUnavailableError } from '../documents/heic-preview.js';
import { assertServable } from '../documents/served-document.js';
import { NotFoundError } from '../shared/errors.js';
import type { Caller } from '../shared/http/caller.js';
import type { WorkspaceDeps } from './workspace.js';

const LINK_SECONDS = 60;

export interface DocumentViewDeps extends Pick<WorkspaceDeps, 'matters' | 'documents' | 'history' | 'users' | 'now' | 'newId'> {
  files: Pick<DocumentFiles, 'presignDownload' | 'head' | 'readStart' | 'read' | 'put'>;
  toJpeg: (heic: Uint8Array) => Promise<Uint8Array>;
}

export interface DocumentView {
  url: string;
  /** What the link shows, so the page knows how to display it. */
  contentType: string;
  /** True when a photo could not be converted for viewing: the link is to the original, to download. */
  previewUnavailable?: boolean;
}

/** `part`: staff, or the part of a benefit's reviewer (functions/benefits/). */
export async function staffDocumentView(deps: DocumentViewDeps, caller: Caller, id: string, documentId: string, part: MatterRole = 'staff'): Promise<DocumentView> {
  await matterFor(deps, id, caller, part);
  const doc = await deps.documents.get(id, documentId);
  if (!doc) throw new NotFoundError();
  await assertServable(deps.files, doc);
  await recordLook(deps, caller, id, 'documentViewed', { documentId, kind: doc.kind });

  const original = documentKey(id, documentId);
  const originalView = async (extra: Partial<DocumentView> = {}): Promise<DocumentView> => ({
    url: await deps.files.presignDownload(original, LINK_SECONDS, doc.fileName),
    contentType: doc.contentType,
    ...extra,
  });
  if (!needsPreview(doc.contentType)) return originalView();

  const preview = documentPreviewKey(id, documentId);
  if ((await deps.files.head(preview)) === undefined) {
    try {
      await deps.files.put(preview, await deps.toJpeg(await deps.files.read(original)), 'image/jpeg');
    } catch (error) {
      if (error instanceof PreviewUnavailableError) return originalView({ previewUnavailable: true });
      throw error;
    }
  }
  const url = await deps.files.presignDownload(preview, LINK_SECONDS, `${doc.fileName.replace(/\.[^.]*$/, '')}.jpg`);
  return { url, contentType: 'image/jpeg' };
}
