import type { dependencies } from '../adapters/dependencies.js';
import type { DocumentDeps } from './manage-documents.js';

export function documentDeps(deps: ReturnType<typeof dependencies>): DocumentDeps {
  return {
    applications: deps.applications,
    files: deps.files,
    now: deps.now,
    newId: deps.newId,
    maxBytes: deps.config.MAX_UPLOAD_BYTES,
    uploadUrlSeconds: deps.config.UPLOAD_URL_SECONDS,
  };
}
