import { getConfig } from '../shared/config.js';

/** The size limit of a file and how long an upload URL lives (configuration). */
export function uploadLimits(): { maxBytes: number; uploadUrlSeconds: number } {
  const config = getConfig();
  return { maxBytes: config.MAX_UPLOAD_BYTES, uploadUrlSeconds: config.UPLOAD_URL_SECONDS };
}
