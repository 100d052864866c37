import type { DocumentKind } from './materials.js';
import type { DraftAnswers } from './schemas.js';
import type { Actor, ApplicationStatus } from './state-machine.js';

export interface Application {
  id: string;
  ownerId: string;
  status: ApplicationStatus;
  version: number;
  answers: DraftAnswers;
  reference?: string;
  createdAt: string;
  updatedAt: string;
  submittedAt?: string;
}

/** One line of the plain-language history the citizen sees; `event` is an i18n key. */
export interface TimelineEntry {
  id: string;
  at: string;
  status: ApplicationStatus;
  event: string;
  actor: Actor | 'system';
}

export type DocumentStatus = 'awaiting_upload' | 'received' | 'rejected';

export interface DocumentRecord {
  id: string;
  applicationId: string;
  kind: DocumentKind;
  fileName: string;
  contentType: string;
  size: number;
  status: DocumentStatus;
  createdAt: string;
  receivedAt?: string;
}

/** Written in the same transaction as the state change; the stream notifier delivers it. */
export interface OutboxEvent {
  id: string;
  type: 'application.submitted' | 'application.withdrawn';
  applicationId: string;
  recipientUserIds: string[];
  params: Record<string, string>;
  createdAt: string;
}

export interface StateChange {
  application: Application;
  expectedVersion: number;
  set: Partial<Pick<Application, 'status' | 'reference' | 'submittedAt'>> & { status: ApplicationStatus };
  timeline: TimelineEntry;
  outbox: OutboxEvent;
  at: string;
}

/** Storage of applications, their timelines and documents. */
export interface ApplicationStore {
  create(application: Application): Promise<void>;
  get(id: string): Promise<Application | undefined>;
  /** Saves draft answers if `expectedVersion` is current; throws StaleVersionError otherwise. */
  saveAnswers(id: string, expectedVersion: number, answers: DraftAnswers, at: string): Promise<Application>;
  /** Status, timeline entry and outbox event in one transaction, guarded by version and status. */
  changeState(change: StateChange): Promise<Application>;
  listByOwner(ownerId: string): Promise<Application[]>;
  timeline(id: string): Promise<TimelineEntry[]>;
  nextReferenceNumber(year: string): Promise<number>;
  putDocument(doc: DocumentRecord): Promise<void>;
  getDocument(applicationId: string, documentId: string): Promise<DocumentRecord | undefined>;
  setDocumentStatus(applicationId: string, documentId: string, status: DocumentStatus, at: string): Promise<void>;
  deleteDocument(applicationId: string, documentId: string): Promise<void>;
  listDocuments(applicationId: string): Promise<DocumentRecord[]>;
}
