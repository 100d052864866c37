import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { Link, useParams, useSearch } from 'wouter';
import { FollowUp } from '../components/follow-up';
import { ApiProblem, newIdempotencyKey } from '../api';
import { withdraw as withdrawApplication } from '../features/applications/submission';
import { useApplication } from '../features/applications/application';
import { PageHeading } from '../components/page-heading';
import { AnswersSummary } from '../components/answers-summary';
import { ReceivedDocuments } from '../components/received-documents';
import { StatusPanel, Timeline } from '../components/status-panel';
import { applicationKeys } from '../features/applications/application-keys';

export default function ApplicationDetail() {
  const { t } = useTranslation();
  const { id } = useParams<{ id: string }>();
  const queryClient = useQueryClient();
  const detail = useApplication(id);
  const resubmitted = new URLSearchParams(useSearch()).has('resubmitted');
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string>();
  const idempotencyKey = useRef(newIdempotencyKey());
  // The confirmation goes once answered: focus moves to what it said, or back to the button that opened it.
  const messageRef = useRef<HTMLParagraphElement>(null);
  const withdrawButton = useRef<HTMLButtonElement>(null);

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
    try {
      await withdrawApplication(id, application.version, idempotencyKey.current);
      setMessage(t('detail.withdrawn'));
    } catch (error) {
      setMessage(error instanceof ApiProblem ? error.title : t('common.networkError'));
      idempotencyKey.current = newIdempotencyKey();
    }
    flushSync(() => setConfirming(false));
    messageRef.current?.focus();
    await queryClient.invalidateQueries({ queryKey: applicationKeys.detail(id) });
  };
  const cancel = () => {
    flushSync(() => setConfirming(false));
    withdrawButton.current?.focus();
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
      {actions.includes('withdraw') &&
        (confirming ? (
          <div className="card warning-card" role="group" aria-labelledby="withdraw-confirm">
            <p id="withdraw-confirm">{t('detail.withdrawConfirm')}</p>
            <div className="actions">
              <Button className="button danger" onPress={() => void withdraw()}>
                {t('detail.withdraw')}
              </Button>
              <Button className="button secondary" onPress={cancel}>
                {t('detail.keep')}
              </Button>
            </div>
          </div>
        ) : (
          <Button className="button secondary" ref={withdrawButton} onPress={() => setConfirming(true)}>
            {t('detail.withdraw')}
          </Button>
        ))}
    </>
  );
}
