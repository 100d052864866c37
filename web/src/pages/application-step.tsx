import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearch } from 'wouter';
import { ApiProblem } from '../api';
import { useApplication } from '../features/applications/application';
import { PageHeading } from '../components/page-heading';
import { DocumentsStep } from '../components/documents-step';
import { nextPath, StepForm } from '../components/step-form';
import { STEPS, type Step } from '../steps';

export default function ApplicationStep() {
  const { t } = useTranslation();
  const { id, step } = useParams<{ id: string; step: string }>();
  const returnToCheck = new URLSearchParams(useSearch()).get('return') === 'check';
  const detail = useApplication(id);
  const current = (STEPS as readonly string[]).includes(step) ? (step as Step) : 'person';
  const index = STEPS.indexOf(current);
  const title = t(`form.steps.${current}`);

  if (detail.isPending) return <p role="status">{t('common.loading')}</p>;
  if (detail.isError) return <p role="alert">{detail.error instanceof ApiProblem ? detail.error.title : t('common.networkError')}</p>;
  if (detail.data.application.status !== 'draft' && detail.data.application.status !== 'awaiting_correction') {
    return (
      <p>
        <Link href={`/applications/${id}`}>{t('mine.view')}</Link>
      </p>
    );
  }
  return (
    <>
      <p className="step-count">{t('form.stepOf', { n: index + 1, total: STEPS.length })}</p>
      <PageHeading title={title}>{title}</PageHeading>
      {index > 0 && (
        <p>
          <Link href={`/applications/${id}/step/${STEPS[index - 1]}`} className="back-link">
            {t('common.back')}
          </Link>
        </p>
      )}
      {current === 'documents' ? (
        <DocumentsStep detail={detail.data} next={nextPath(id, 'documents', returnToCheck)} />
      ) : (
        <StepForm key={`${current}-${detail.data.application.version}`} detail={detail.data} step={current} returnToCheck={returnToCheck} />
      )}
    </>
  );
}
