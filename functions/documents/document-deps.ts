import { applicationStore, clock, documentFiles } from '../adapters/dependencies.js';
import { getConfig } from '../shared/config.js';
import type { DocumentDeps } from './manage-documents.js';

export function documentDeps(): DocumentDeps {
  const config = getConfig();
  return {
    applications: applicationStore(),
    files: documentFiles(),
    ...clock,
    maxBytes: config.MAX_UPLOAD_BYTES,
    uploadUrlSeconds: config.UPLOAD_URL_SECONDS,
  };
}
