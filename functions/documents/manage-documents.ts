import type { Caller } from '../shared/http/caller.js';
import type { MatterRecord } from '../matters/matter.js';
import type { MatterStore } from '../matters/ports.js';
import { matterFor, matterWithParts, type ActorSource } from '../matters/access.js';
import type { MatterRole } from '../matters/matter.js';
import { actingOn } from '../matters/acting.js';
import { auditActor, timelineActor } from '../matters/change.js';
import type { HistoryStore } from '../matters/ports.js';
import type { UserStore } from '../auth/ports.js';
import { MAX_FILES_PER_KIND } from '../applications/materials.js';
import { IllegalTransitionError, NotFoundError, TooLargeError, UploadRejectedError, ValidationError } from '../shared/errors.js';
import type { DocumentRecord, DocumentStore } from './document-record.js';
import { documentKey, uploadKey, type DocumentFiles, type PresignedUpload } from './document-files.js';
import { assertServable } from './served-document.js';
import { detectContentType, SNIFF_BYTES, typeMatches } from './file-types.js';
import type { RequestUploadBody } from './schemas.js';

export interface DocumentDeps {
  matters: Pick<MatterStore, 'get'>;
  /** To write who sent a file after submission into the timeline and audit trail ("李娜 (daughter) uploaded …"). */
  history?: Pick<HistoryStore, 'record'>;
  users?: Pick<UserStore, 'get'>;
  actorSources?: ActorSource[];
  documents: DocumentStore;
  files: DocumentFiles;
  now: () => Date;
  newId: () => string;
  maxBytes: number;
  uploadUrlSeconds: number;
}

const EDITABLE = new Set(['draft', 'awaiting_correction']);

/**
 * Documents change while a draft or a correction is open; after acceptance only a deferred (容缺)
 * material may still arrive, and the documents already in the record stay as they are.
 */
function assertEditable(application: MatterRecord, kind: string): void {
  if (EDITABLE.has(application.status)) return;
  const deferred = application.deferral?.kinds ?? [];
  if (application.status !== 'rejected' && application.status !== 'withdrawn' && deferred.includes(kind)) return;
  throw new IllegalTransitionError('submit', application.status);
}

async function editableApplication(deps: DocumentDeps, caller: Caller, applicationId: string, kind: string): Promise<MatterRecord> {
  const application = await matterFor(deps, applicationId, caller, 'applicant');
  assertEditable(application, kind);
  return application;
}

/** The document, once the caller is known to be allowed to change it: someone else's is a 404 either way. */
async function editableDocument(
  deps: DocumentDeps,
  caller: Caller,
  applicationId: string,
  documentId: string,
): Promise<{ application: MatterRecord; doc: DocumentRecord; parts: MatterRole[] }> {
  const { matter: application, parts } = await matterWithParts(deps, applicationId, caller, 'applicant');
  const doc = await ownDocument(deps, applicationId, documentId);
  assertEditable(application, doc.kind);
  return { application, doc, parts };
}

/** After submission a file that arrives is a step of its own: the timeline and audit trail say who sent it. */
async function recordReceived(deps: DocumentDeps, caller: Caller, application: MatterRecord, parts: MatterRole[], doc: DocumentRecord): Promise<void> {
  if (application.status === 'draft' || !deps.history || !deps.users) return;
  const by = await actingOn({ users: deps.users, ...(deps.actorSources ? { actorSources: deps.actorSources } : {}) }, caller, application, parts);
  const at = deps.now().toISOString();
  const params = { kind: doc.kind, reference: application.reference ?? '' };
  await deps.history.record(application.id, {
    timeline: { id: deps.newId(), at, status: application.status, event: 'documentReceived', ...timelineActor(by), params },
    audit: { id: deps.newId(), at, ...auditActor(by), actorRole: by.role, action: 'documentReceived', detail: { ...params, documentId: doc.id } },
  });
}

async function ownDocument(deps: DocumentDeps, applicationId: string, documentId: string): Promise<DocumentRecord> {
  const doc = await deps.documents.get(applicationId, documentId);
  if (!doc) throw new NotFoundError();
  return doc;
}

/** Records the coming upload and hands out a short-lived PUT URL with type and size signed in. */
export async function requestUpload(
  deps: DocumentDeps,
  caller: Caller,
  applicationId: string,
  request: RequestUploadBody,
): Promise<{ document: DocumentRecord; upload: PresignedUpload }> {
  if (request.size > deps.maxBytes) throw new TooLargeError(deps.maxBytes);
  await editableApplication(deps, caller, applicationId, request.kind);
  return announceUpload(deps, applicationId, request);
}

/** A document record awaiting its file, and the URL to put the file to; at most MAX_FILES_PER_KIND of a kind. */
export async function announceUpload(
  deps: DocumentDeps,
  applicationId: string,
  request: Pick<DocumentRecord, 'kind' | 'fileName' | 'contentType' | 'size'>,
): Promise<{ document: DocumentRecord; upload: PresignedUpload }> {
  if (request.size > deps.maxBytes) throw new TooLargeError(deps.maxBytes);
  const existing = (await deps.documents.list(applicationId)).filter((d) => d.kind === request.kind && d.status !== 'rejected');
  if (existing.length >= MAX_FILES_PER_KIND) throw new ValidationError([{ field: 'kind', code: 'error.document.tooMany' }]);

  const document: DocumentRecord = {
    id: deps.newId(),
    applicationId,
    kind: request.kind,
    fileName: request.fileName,
    contentType: request.contentType,
    size: request.size,
    status: 'awaiting_upload',
    createdAt: deps.now().toISOString(),
  };
  await deps.documents.put(document);
  const upload = await deps.files.presignUpload(uploadKey(applicationId, document.id), request.contentType, request.size, deps.uploadUrlSeconds);
  return { document, upload };
}

/**
 * After the browser's PUT: the stored size and the file's real type (from its bytes) must match what
 * was announced. The file is then copied, only if it is still the one looked at, to its kept place,
 * which no upload URL can reach: what staff open later is exactly what was checked here. Only then is
 * the document "received"; a refused file is deleted.
 */
export async function confirmUpload(deps: DocumentDeps, caller: Caller, applicationId: string, documentId: string): Promise<DocumentRecord> {
  const { application, doc, parts } = await editableDocument(deps, caller, applicationId, documentId);
  if (doc.status === 'received') return doc;
  const received = await receiveUpload(deps, application, doc);
  await recordReceived(deps, caller, application, parts, received);
  return received;
}

/** Checks the uploaded file of `doc` and keeps it (see confirmUpload); the caller has checked who may. */
export async function receiveUpload(deps: DocumentDeps, application: MatterRecord, doc: DocumentRecord, keepNow = application.status !== 'draft'): Promise<DocumentRecord> {
  const applicationId = application.id;
  const documentId = doc.id;
  if (doc.status === 'received') return doc;

  const uploaded = uploadKey(applicationId, documentId);
  const kept = documentKey(applicationId, documentId);
  const stored = await deps.files.head(uploaded);
  if (stored === undefined) throw new UploadRejectedError('notUploaded');

  const refuse = async (problem: ConstructorParameters<typeof UploadRejectedError>[0]): Promise<never> => {
    await Promise.all([deps.files.remove(uploaded), deps.files.remove(kept)]);
    await deps.documents.setStatus(applicationId, documentId, 'rejected', deps.now().toISOString());
    throw new UploadRejectedError(problem);
  };
  if (stored.size > deps.maxBytes) return refuse('tooLarge');
  if (stored.size !== doc.size) return refuse('sizeMismatch');
  const etag = await deps.files.copyIfUnchanged(uploaded, kept, stored.etag);
  if (etag === undefined) return refuse('notUploaded');
  const detected = await detectContentType(await deps.files.readStart(kept, SNIFF_BYTES));
  if (!typeMatches(doc.contentType, detected)) return refuse(detected ? 'typeMismatch' : 'unsupportedType');
  // The upload stays where it is until the bucket's clean-up removes it: while it is there, the upload
  // URL (signed `If-None-Match: *`) cannot write to that key again.

  // Past the draft, a file is part of the record at once; a draft's files are kept when it is submitted.
  if (keepNow) await deps.files.keep(kept);
  const at = deps.now().toISOString();
  await deps.documents.setStatus(applicationId, documentId, 'received', at, etag);
  return { ...doc, status: 'received', receivedAt: at, etag };
}

export async function removeDocument(deps: DocumentDeps, caller: Caller, applicationId: string, documentId: string): Promise<void> {
  const { application, doc } = await editableDocument(deps, caller, applicationId, documentId);
  if (application.status !== 'draft' && doc.status === 'received') {
    // A file staff have already seen stays in the record; it only stops counting as part of the application.
    await deps.documents.setStatus(applicationId, documentId, 'rejected', deps.now().toISOString());
    return;
  }
  await Promise.all([deps.files.remove(documentKey(applicationId, documentId)), deps.files.remove(uploadKey(applicationId, documentId))]);
  await deps.documents.remove(applicationId, documentId);
}

/** A short-lived link for the owner, or the person the matter is about, to look at a received document. */
export async function documentLink(deps: DocumentDeps, caller: Caller, applicationId: string, documentId: string): Promise<string> {
  await matterFor(deps, applicationId, caller, ['owner', 'subject']);
  const doc = await ownDocument(deps, applicationId, documentId);
  await assertServable(deps.files, doc);
  return deps.files.presignDownload(documentKey(applicationId, documentId), 60, doc.fileName);
}
