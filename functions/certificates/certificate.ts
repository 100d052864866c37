import type { AssessmentComponent, CancellationReason } from '../applications/application.js';
import type { DraftAnswers } from '../applications/schemas.js';

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
}
