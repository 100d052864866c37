/** The statuses and matter names of the certificate family (domain.md §2, §4). */

export const APPLICATION_STATUSES = [
  'draft',
  'submitted',
  'awaiting_correction',
  'accepted',
  'assessment_scheduled',
  'assessed',
  'public_notice',
  'under_review',
  'approved',
  'card_produced',
  'shipped',
  'ready_for_pickup',
  'completed',
  'rated',
  'rejected',
  'withdrawn',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** The matters applied for from an existing certificate: 换领 at expiry, damaged-card renewal, 变更 (with reassessment), 挂失补办, 注销. */
export const CERTIFICATE_MATTERS = ['renewal', 'damaged', 'change', 'reissue', 'cancellation'] as const;
export type CertificateMatter = (typeof CERTIFICATE_MATTERS)[number];
/** 新办 and the certificate matters. */
export const MATTERS = ['new', ...CERTIFICATE_MATTERS] as const;
export type Matter = (typeof MATTERS)[number];

/** Where the applicant may still withdraw and the clock of 限时办结 runs: from submitted to under review. */
export const BEFORE_APPROVAL: readonly ApplicationStatus[] = APPLICATION_STATUSES.slice(1, APPLICATION_STATUSES.indexOf('under_review') + 1);

/** Still being worked on: shown in the staff queue by default and counted against deadlines. */
export const OPEN_STATUSES: readonly ApplicationStatus[] = [...BEFORE_APPROVAL, 'approved', 'card_produced', 'shipped', 'ready_for_pickup'];
