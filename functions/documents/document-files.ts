/** Port for the document bucket. The S3 adapter implements it (functions/adapters/s3-document-files.ts). */
export interface PresignedUpload {
  url: string;
  /** Headers the browser must send exactly as signed. */
  headers: Record<string, string>;
  expiresAt: string;
}

export interface DocumentFiles {
  presignUpload(key: string, contentType: string, size: number, seconds: number): Promise<PresignedUpload>;
  /** Size of the stored object, or undefined when nothing was uploaded. */
  sizeOf(key: string): Promise<number | undefined>;
  readStart(key: string, bytes: number): Promise<Uint8Array>;
  read(key: string): Promise<Uint8Array>;
  /** Stores a file the service made itself (a preview); it is kept like a submitted document. */
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** Takes the file out of the abandoned-draft clean-up: it is part of a submitted application now. */
  keep(key: string): Promise<void>;
  remove(key: string): Promise<void>;
  presignDownload(key: string, seconds: number, fileName: string): Promise<string>;
}

/** A photo the browser cannot show (HEIC), converted once to JPEG for viewing; the original stays as sent. */
export function documentPreviewKey(applicationId: string, documentId: string): string {
  return `${documentKey(applicationId, documentId)}.preview.jpg`;
}

export function documentKey(applicationId: string, documentId: string): string {
  return `applications/${applicationId}/${documentId}`;
}
