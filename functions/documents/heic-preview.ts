/**
 * Phone photos often arrive as HEIC, which browsers on staff computers cannot show. They are converted
 * to JPEG for viewing with libheif (compiled to WebAssembly, through heic-convert): no native binary.
 */
export class PreviewUnavailableError extends Error {
  override name = 'PreviewUnavailableError';
}

export const needsPreview = (contentType: string) => contentType === 'image/heic' || contentType === 'image/heif';

export async function heicToJpeg(bytes: Uint8Array): Promise<Uint8Array> {
  // Loaded on first use: compiling the decoder is work that a PDF or JPEG view should not pay for at cold start.
  const { default: convert } = await import('heic-convert');
  try {
    return new Uint8Array(await convert({ buffer: bytes, format: 'JPEG', quality: 0.85 }));
  } catch {
    // A file whose first bytes say HEIC but whose image cannot be decoded: staff get the original to download.
    throw new PreviewUnavailableError('HEIC image could not be decoded');
  }
}
