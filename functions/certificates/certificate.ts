import type { AssessmentComponent, CancellationReason } from './application.js';
import type { DraftAnswers } from '../applications/schemas.js';
import type { WritePart } from '../matters/ports.js';

export type CertificateStatus = 'valid' | 'replaced' | 'cancelled';

/** A disability certificate (残疾人证) as issued; the holder's account sees it and applies for its matters. */
export interface Certificate {
  number: string;
  holderUserId: string;
  personName: string;
  idNumber: string;
  category: number;
  grade: number;
  components: AssessmentComponent[];
  districtCode: string;
  issuedOn: string;
  validUntil: string;
  status: CertificateStatus;
  cancellation?: { reason: CancellationReason; on: string };
  /** The number that replaced this one (reissue, change). */
  replacedBy?: string;
  applicationId: string;
  /** What a later matter starts from, so the citizen never types it again. */
  answers: DraftAnswers;
  updatedAt: string;
}

export interface CertificateStore {
  get(number: string): Promise<Certificate | undefined>;
  listByHolder(userId: string): Promise<Certificate[]>;
  /** Valid certificates whose validity ends in this month (YYYY-MM). */
  listExpiringIn(month: string): Promise<Certificate[]>;
  /** The writes that store these certificates, for the transaction of the decision that makes them. */
  issued(certificates: Certificate[]): WritePart[];
}

/** What is known of a person across matters, by ID number (never stored in a key). */
export interface PeopleStore {
  /** The date until which this person may not apply again after a cancellation, if any. */
  reapplyBlockedUntil(idNumber: string): Promise<string | undefined>;
  /** The number of the person's valid certificate, if they hold one. */
  validCertificateOf(idNumber: string): Promise<string | undefined>;
  /** The same, by the person's key (matters/subject.ts), for their own linked account. */
  validCertificateOfPerson(personKey: string): Promise<string | undefined>;
  /** Writes: the person's newest certificate is this one. */
  newestCertificate(certificate: Pick<Certificate, 'idNumber' | 'number' | 'status'>): WritePart;
  /** Writes: no new application for this person before `until`. */
  blockReapplying(idNumber: string, until: string): WritePart;
}
