import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearch } from 'wouter';
import { FollowUp } from '../components/follow-up';
import { ApiProblem, newIdempotencyKey } from '../api';
import { withdraw as withdrawApplication } from '../features/applications/submission';
import { useApplication } from '../features/applications/application';
import { PageHeading } from '../components/page-heading';
import { AnswersSummary } from '../components/answers-summary';
import { ReceivedDocuments } from '../components/received-documents';
import { StatusPanel, Timeline } from '../components/status-panel';
import { WithdrawControl } from '../components/withdraw-control';
import { applicationKeys } from '../features/applications/application-keys';

export default function ApplicationDetail() {
  const { t } = useTranslation();
  const { id } = useParams<{ id: string }>();
  const queryClient = useQueryClient();
  const detail = useApplication(id);
  const resubmitted = new URLSearchParams(useSearch()).has('resubmitted');
  const [message, setMessage] = useState<string>();
  const idempotencyKey = useRef(newIdempotencyKey());
  // The confirmation goes once answered: focus moves to what it said, or back to the button that opened it.
  const messageRef = useRef<HTMLParagraphElement>(null);

  if (detail.isPending) return <p role="status">{t('common.loading')}</p>;
  if (detail.isError && detail.error instanceof ApiProblem && detail.error.status === 404) {
    // Someone else's matter, or a relative's whose help has just ended: said plainly, with where to go.
    return (
      <>
        <PageHeading title={t('detail.title')}>{t('detail.title')}</PageHeading>
        <p role="alert">{t('family.gone')}</p>
        <p>
          <Link href="/people">{t('family.nav')}</Link> · <Link href="/applications">{t('nav.mine')}</Link>
        </p>
      </>
    );
  }
  if (detail.isError) return <p role="alert">{detail.error instanceof ApiProblem ? detail.error.title : t('common.networkError')}</p>;
  const { application, documents, timeline, actions } = detail.data;

  const withdraw = async () => {
    let said: string;
    try {
      await withdrawApplication(id, application.version, idempotencyKey.current);
      said = t('detail.withdrawn');
    } catch (error) {
      said = error instanceof ApiProblem ? error.title : t('common.networkError');
      idempotencyKey.current = newIdempotencyKey();
    }
    // The answer is on the page before focus moves to it.
    flushSync(() => setMessage(said));
    messageRef.current?.focus();
    await queryClient.invalidateQueries({ queryKey: applicationKeys.detail(id) });
  };

  return (
    <>
      <PageHeading title={t('detail.title')}>
        {t('detail.title')}
        {application.reference && <span className="reference-inline"> {application.reference}</span>}
      </PageHeading>
      <p role="status" tabIndex={-1} ref={messageRef}>
        {message}
      </p>
      {detail.data.viewer === 'delegate' && !detail.data.canAct && <p className="banner">{t('family.followOnlyNote')}</p>}
      <StatusPanel application={application} />
      <FollowUp detail={detail.data} resubmitted={resubmitted} />
      <h2>{t('detail.timeline')}</h2>
      <Timeline entries={timeline} viewer={detail.data.viewer} />
      <h2>{t('detail.answers')}</h2>
      <AnswersSummary detail={detail.data} editable={false} showFullNumbers={false} />
      <h2>{t('detail.documents')}</h2>
      <ReceivedDocuments documents={documents} />
      {actions.includes('withdraw') && <WithdrawControl onWithdraw={withdraw} />}
    </>
  );
}
