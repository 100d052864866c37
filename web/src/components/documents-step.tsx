import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { useLocation } from 'wouter';
import { MAX_FILES_PER_KIND, materialsFor, type DocumentKind, type MaterialItem } from '../../../functions/applications/materials';
import { isMinorOn, type DraftAnswers } from '../../../functions/applications/schemas';
import { parseIdNumber } from '../../../functions/domain/id-number';
import type { ApplicationDetail } from '../features/applications/application';
import { sentSince } from '../../../functions/documents/document-record';
import { useDistricts, type DistrictInfo } from '../features/districts/districts';
import { ErrorSummary, type SummaryError } from './error-summary';
import { MAX_MB, MaterialUploads } from './material-uploads';
import { fieldMessage } from '../field-message';

export function materialsForDraft(answers: DraftAnswers, district: DistrictInfo | undefined): MaterialItem[] {
  if (!district || !answers.forWhom || !answers.category || answers.hasIdCard === undefined) return [];
  const facts = answers.personIdNumber ? parseIdNumber(answers.personIdNumber) : undefined;
  const isMinor = facts?.ok ? isMinorOn(facts.facts.birthDate, new Date()) : (answers.isMinor ?? false);
  return materialsFor(
    { forWhom: answers.forWhom, actingAs: answers.actingAs ?? 'self', isMinor, category: answers.category, hasIdCard: answers.hasIdCard },
    district.rules,
  );
}

export function DocumentsStep({ detail, next }: { detail: ApplicationDetail; next: string }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const districts = useDistricts();
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const attempt = useRef(0);
  const district = districts.data?.districts.find((d) => d.code === detail.application.answers.districtCode);
  const corrections = detail.application.status === 'awaiting_correction' ? detail.application.corrections : undefined;
  const askedFor = new Set(corrections?.items.map((i) => i.subject).filter((s) => s !== 'answers') as DocumentKind[] | undefined);
  const listed = materialsForDraft(detail.application.answers, district);
  // Staff may ask for a material the start questions did not list; it must be possible to send it.
  const items = [
    ...listed,
    ...[...askedFor].filter((kind) => !listed.some((l) => l.kind === kind)).map((kind): MaterialItem => ({ kind, required: true, minFiles: 1, maxFiles: MAX_FILES_PER_KIND, reasonKey: `materials.reason.${kind}` })),
  ];
  const received = (kind: string) => detail.documents.filter((d) => d.kind === kind && d.status === 'received');
  const corrected = (kind: string) => received(kind).some((d) => sentSince(d, corrections!.requestedAt));

  const onContinue = () => {
    const problems = items.flatMap((item) => {
      const name = t(`materials.kind.${item.kind}`);
      const field = `documents.${item.kind}`;
      if (received(item.kind).length < item.minFiles) return [{ fieldId: `field-documents-${item.kind}`, message: fieldMessage('error.document.missing', field, name) }];
      if (askedFor.has(item.kind) && !corrected(item.kind)) return [{ fieldId: `field-documents-${item.kind}`, message: fieldMessage('error.correction.newFileNeeded', field, name) }];
      return [];
    });
    attempt.current += 1;
    setErrors(problems);
    if (problems.length === 0) navigate(next);
  };

  return (
    <>
      <ErrorSummary errors={errors} attempt={attempt.current} />
      <p>{t('documents.intro')}</p>
      <p className="banner info">{t('documents.limits', { mb: MAX_MB })}</p>
      {items.map((item) => (
        <MaterialUploads key={item.kind} item={item} documents={detail.documents} applicationId={detail.application.id} />
      ))}
      <div className="actions">
        <Button className="button primary" onPress={onContinue}>
          {t('common.continue')}
        </Button>
      </div>
    </>
  );
}
