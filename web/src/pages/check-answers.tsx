import { useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { Link, Redirect, useLocation, useParams } from 'wouter';
import { ApiProblem, NetworkError, newIdempotencyKey } from '../api';
import { resubmit, submit as submitApplication } from '../features/applications/submission';
import { useApplication } from '../features/applications/application';
import { PageHeading } from '../components/page-heading';
import { AnswersSummary, changeHref } from '../components/answers-summary';
import { ReceivedDocuments } from '../components/received-documents';
import { ErrorSummary, withPageError, type SummaryError } from '../components/error-summary';
import { stepOfField } from '../step-fields';
import { applicationKeys } from '../features/applications/application-keys';

export default function CheckAnswers() {
  const { t } = useTranslation();
  const { id } = useParams<{ id: string }>();
  const [, navigate] = useLocation();
  const queryClient = useQueryClient();
  const detail = useApplication(id);
  const [submitting, setSubmitting] = useState(false);
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [pageError, setPageError] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  // One key per submission attempt of this page: a retry after a lost answer replays the same receipt.
  const idempotencyKey = useRef(newIdempotencyKey());

  if (detail.isPending) return <p role="status">{t('common.loading')}</p>;
  if (detail.isError) return <p role="alert">{detail.error instanceof ApiProblem ? detail.error.title : t('common.networkError')}</p>;
  const { application, documents } = detail.data;
  // The same page sends a draft for the first time and a corrected application back (一次性告知 fixed in one go).
  const correcting = application.status === 'awaiting_correction';
  if (application.status !== 'draft' && !correcting) return <Redirect to={`/applications/${id}`} />;

  const submit = async () => {
    setSubmitting(true);
    setPageError(undefined);
    setErrors([]);
    try {
      await (correcting ? resubmit : submitApplication)(id, application.version, idempotencyKey.current);
      await queryClient.invalidateQueries({ queryKey: applicationKeys.detail(id) });
      await queryClient.invalidateQueries({ queryKey: applicationKeys.all });
      navigate(correcting ? `/applications/${id}?resubmitted=1` : `/applications/${id}/receipt`);
    } catch (error) {
      setSubmitting(false);
      setAttempt((n) => n + 1);
      if (error instanceof NetworkError || !(error instanceof ApiProblem)) return setPageError(t('common.networkError'));
      idempotencyKey.current = newIdempotencyKey();
      if (error.status === 409) await queryClient.invalidateQueries({ queryKey: applicationKeys.detail(id) });
      // Each problem names its question and leads to the page that asks it, and from there back here.
      if (error.errors.length > 0) setErrors(error.errors.map((e) => ({ href: changeHref(id, stepOfField(e.field), e.field.replace(/^answers\./, '')), message: e.detail })));
      else setPageError([error.title, error.detail].filter(Boolean).join(t('common.sentenceBreak')));
    }
  };

  return (
    <>
      <PageHeading title={t('check.title')}>{t('check.title')}</PageHeading>
      <ErrorSummary errors={withPageError(pageError, errors)} attempt={attempt} title={errors.length ? t('check.notComplete') : undefined} />
      <p>{t('check.intro')}</p>
      <AnswersSummary detail={detail.data} editable showFullNumbers />
      <h2>{t('check.documents')}</h2>
      <ReceivedDocuments documents={documents} />
      <p>
        <Link href={changeHref(id, 'documents')} className="change-link">
          {t('common.change')}
          <span className="visually-hidden"> {t('check.documents')}</span>
        </Link>
      </p>
      <Button className="button primary" onPress={() => void submit()} isDisabled={submitting}>
        {submitting ? t('check.submitting') : correcting ? t('follow.resubmit') : t('check.submit')}
      </Button>
      {submitting && (
        <p role="status" className="visually-hidden">
          {t('check.submitting')}
        </p>
      )}
    </>
  );
}
