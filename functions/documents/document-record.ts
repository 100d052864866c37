/** A document of a matter: what was announced, and whether the file that arrived passed its checks. */

export type DocumentStatus = 'awaiting_upload' | 'received' | 'rejected';

export interface DocumentRecord {
  id: string;
  applicationId: string;
  kind: string;
  fileName: string;
  contentType: string;
  size: number;
  status: DocumentStatus;
  createdAt: string;
  receivedAt?: string;
  /** The entity tag of the file as checked: what is served must still be this file. */
  etag?: string;
}

/** Sent on or after `since` (a correction request, an acceptance): what counts as the file staff asked for. */
export const sentSince = (doc: DocumentRecord, since: string): boolean => (doc.receivedAt ?? doc.createdAt) >= since;

/** Document records of matters (docs/data-model.md row 8). */
export interface DocumentStore {
  put(doc: DocumentRecord): Promise<void>;
  get(matterId: string, documentId: string): Promise<DocumentRecord | undefined>;
  list(matterId: string): Promise<DocumentRecord[]>;
  /** A received document records the entity tag of the file as checked. */
  setStatus(matterId: string, documentId: string, status: DocumentStatus, at: string, etag?: string): Promise<void>;
  remove(matterId: string, documentId: string): Promise<void>;
}
