import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { ApiProblem } from '../api';
import { useApplication } from '../features/applications/application';
import { PageHeading } from '../components/page-heading';

/** Shown only after the server stored the submission: the reference number comes from that record. */
export default function Receipt() {
  const { t } = useTranslation();
  const { id } = useParams<{ id: string }>();
  const detail = useApplication(id);
  if (detail.isPending) return <p role="status">{t('common.loading')}</p>;
  if (detail.isError) return <p role="alert">{detail.error instanceof ApiProblem ? detail.error.title : t('common.networkError')}</p>;
  const { application } = detail.data;
  return (
    <>
      <div className="panel-confirmation">
        <PageHeading title={t('receipt.title')}>{t('receipt.title')}</PageHeading>
        <p>{t('receipt.reference')}</p>
        <p className="reference" data-testid="reference">
          {application.reference}
        </p>
      </div>
      <p>{t('receipt.saved')}</p>
      <h2>{t('receipt.next')}</h2>
      <ol className="steps">
        <li>{t('receipt.next1', { promisedDue: application.clock?.promisedDue ?? '' })}</li>
        <li>{t('receipt.next2')}</li>
        <li>{t('receipt.next3')}</li>
      </ol>
      <Link href={`/applications/${id}`} className="button primary">
        {t('receipt.view')}
      </Link>
    </>
  );
}
