/** What a document upload may be, decided from the file's own bytes, never from its name. */
import { fileTypeFromBuffer } from 'file-type';

export const ACCEPTED_CONTENT_TYPES = ['image/jpeg', 'image/png', 'image/heic', 'image/heif', 'application/pdf'] as const;
export type AcceptedContentType = (typeof ACCEPTED_CONTENT_TYPES)[number];

/** How many leading bytes the type check reads. */
export const SNIFF_BYTES = 4100;

const family = (type: string) => (type === 'image/heif' ? 'image/heic' : type);

export async function detectContentType(firstBytes: Uint8Array): Promise<string | undefined> {
  return (await fileTypeFromBuffer(firstBytes))?.mime;
}

/** The declared type must be what the bytes really are (a PNG renamed `.pdf` is refused). */
export function typeMatches(declared: string, detected: string | undefined): boolean {
  return detected !== undefined && family(declared) === family(detected);
}
