import type { CertificateMatter } from '../certificates/statuses.js';

/** The kinds of document an applicant can upload. */
export const DOCUMENT_KINDS = ['idCard', 'hukouPage', 'photo', 'medicalRecords', 'guardianProof', 'agentIdCard', 'powerOfAttorney', 'damagedCard', 'dibaoCertificate', 'vehicleLicence', 'diagnosis', 'dwellingProof'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const CATEGORIES = ['1', '2', '3', '4', '5', '6', '7'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface MaterialQuestions {
  forWhom: 'self' | 'other';
  actingAs: 'self' | 'guardian' | 'agent';
  isMinor: boolean;
  category: Category;
  hasIdCard: boolean;
}

export interface MaterialItem {
  kind: DocumentKind;
  required: boolean;
  minFiles: number;
  maxFiles: number;
  /** i18n key of the plain-words reason this item is needed. */
  reasonKey: string;
}

export const MAX_FILES_PER_KIND = 10;

/** What a district decides about materials: part of its rules (functions/districts/district-config.ts). */
export interface MaterialRules {
  photos: { min: number; max: number };
  medicalRecords: 'required' | 'optional';
}

/** Intellectual (5) and mental (6) disability, and every minor, need a legal guardian to apply. */
export function guardianRequired(q: Pick<MaterialQuestions, 'isMinor' | 'category'>): boolean {
  return q.isMinor || q.category === '5' || q.category === '6';
}

/**
 * 一次性告知: the complete list of what this person must provide, from their answers and the
 * district's rules in effect. The portal fills in the application and assessment forms itself.
 */
export function materialsFor(q: MaterialQuestions, rules: MaterialRules): MaterialItem[] {
  const items: MaterialItem[] = [
    q.hasIdCard
      ? { kind: 'idCard', required: true, minFiles: 2, maxFiles: 2, reasonKey: 'materials.reason.idCard' }
      : { kind: 'hukouPage', required: true, minFiles: 1, maxFiles: 4, reasonKey: 'materials.reason.hukouPage' },
    { kind: 'photo', required: true, minFiles: rules.photos.min, maxFiles: rules.photos.max, reasonKey: 'materials.reason.photo' },
    {
      kind: 'medicalRecords',
      required: rules.medicalRecords === 'required',
      minFiles: rules.medicalRecords === 'required' ? 1 : 0,
      maxFiles: MAX_FILES_PER_KIND,
      reasonKey: 'materials.reason.medicalRecords',
    },
  ];
  if (q.forWhom === 'other' && (q.actingAs === 'guardian' || guardianRequired(q))) {
    items.push({ kind: 'guardianProof', required: true, minFiles: 1, maxFiles: 4, reasonKey: 'materials.reason.guardianProof' });
  }
  if (q.forWhom === 'other') {
    items.push({ kind: 'agentIdCard', required: true, minFiles: 1, maxFiles: 2, reasonKey: 'materials.reason.agentIdCard' });
  }
  if (q.forWhom === 'other' && q.actingAs === 'agent') {
    items.push({ kind: 'powerOfAttorney', required: true, minFiles: 1, maxFiles: 4, reasonKey: 'materials.reason.powerOfAttorney' });
  }
  return items;
}

/** Forms the portal generates from the answers: listed so nobody brings them. */
export const GENERATED_FORMS = ['applicationForm', 'assessmentForm'] as const;

/**
 * The shorter lists of the other certificate matters: what we already hold (the ID, the assessment,
 * the old card's data) is never asked for again. Someone acting for the holder still proves they may.
 */
export function materialsForMatter(matter: CertificateMatter, q: MaterialQuestions, rules: MaterialRules): MaterialItem[] {
  const photo: MaterialItem = { kind: 'photo', required: true, minFiles: rules.photos.min, maxFiles: rules.photos.max, reasonKey: 'materials.reason.photo' };
  const byMatter: Record<CertificateMatter, MaterialItem[]> = {
    renewal: [photo],
    damaged: [photo, { kind: 'damagedCard', required: true, minFiles: 1, maxFiles: 2, reasonKey: 'materials.reason.damagedCard' }],
    change: [photo, { kind: 'medicalRecords', required: true, minFiles: 1, maxFiles: MAX_FILES_PER_KIND, reasonKey: 'materials.reason.medicalRecordsChange' }],
    reissue: [photo],
    cancellation: [],
  };
  const items = [...byMatter[matter]];
  if (q.forWhom === 'other') {
    items.push({ kind: 'agentIdCard', required: true, minFiles: 1, maxFiles: 2, reasonKey: 'materials.reason.agentIdCard' });
    if (q.actingAs === 'guardian') items.push({ kind: 'guardianProof', required: true, minFiles: 1, maxFiles: 4, reasonKey: 'materials.reason.guardianProof' });
    if (q.actingAs === 'agent') items.push({ kind: 'powerOfAttorney', required: true, minFiles: 1, maxFiles: 4, reasonKey: 'materials.reason.powerOfAttorney' });
  }
  return items;
}
