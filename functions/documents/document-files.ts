/** Port for the document bucket. The S3 adapter implements it (functions/adapters/s3-document-files.ts). */
export interface PresignedUpload {
  url: string;
  /** Headers the browser must send exactly as signed. */
  headers: Record<string, string>;
  expiresAt: string;
}

export interface DocumentFiles {
  /**
   * A PUT URL for one new object: type, size and "only if nothing is there yet" are signed in, so the
   * URL cannot be used again to replace what it uploaded.
   */
  presignUpload(key: string, contentType: string, size: number, seconds: number): Promise<PresignedUpload>;
  /** Size and entity tag of the stored object, or undefined when there is none. */
  head(key: string): Promise<StoredObject | undefined>;
  /** Copies the object only if it is still the one with `etag`; answers the copy's tag, or undefined if it changed or went. */
  copyIfUnchanged(from: string, to: string, etag: string): Promise<string | undefined>;
  readStart(key: string, bytes: number): Promise<Uint8Array>;
  read(key: string): Promise<Uint8Array>;
  /** Stores a file the service made itself (a preview); it is kept like a submitted document. */
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** Takes the file out of the abandoned-draft clean-up: it is part of a submitted application now. */
  keep(key: string): Promise<void>;
  remove(key: string): Promise<void>;
  presignDownload(key: string, seconds: number, fileName: string): Promise<string>;
}

export interface StoredObject {
  size: number;
  etag: string;
}

/** A photo the browser cannot show (HEIC), converted once to JPEG for viewing; the original stays as sent. */
export function documentPreviewKey(applicationId: string, documentId: string): string {
  return `${documentKey(applicationId, documentId)}.preview.jpg`;
}

/** Where a checked document is kept and served from. No upload URL ever points here. */
export function documentKey(applicationId: string, documentId: string): string {
  return `applications/${applicationId}/${documentId}`;
}

/** Where the browser uploads a document to, before it is checked and copied to its kept place. */
export function uploadKey(applicationId: string, documentId: string): string {
  return `uploads/${applicationId}/${documentId}`;
}
