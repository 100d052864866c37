import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../api';
import { PageHeading } from '../../components/page-heading';
import { SubmitButton, preventing, useProblemForm } from '../../components/plain-form';
import { Cell } from '../../components/cell';
import { when } from '../../components/status-panel';
import { failedNoticeKeys, replayFailedNotice, useFailedNotices } from '../../features/admin/failed-notices';

/**
 * Notifications that could not be delivered after every retry, kept whole: the administrator sees why
 * and sends each again once the cause is fixed. Nobody who already got one gets it twice.
 */
export default function FailedNotices() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const list = useFailedNotices();
  const form = useProblemForm();
  const replay = (id: string) =>
    void form.run(async () => {
      await replayFailedNotice(id);
      await queryClient.invalidateQueries({ queryKey: failedNoticeKeys.all });
      return t('failedNotices.replayed');
    });

  return (
    <>
      <PageHeading title={t('failedNotices.title')}>{t('failedNotices.title')}</PageHeading>
      <p>{t('failedNotices.intro')}</p>
      {form.status}
      {form.summary}
      {list.isPending && <p role="status">{t('common.loading')}</p>}
      {list.isError && <p role="alert">{list.error instanceof ApiProblem ? list.error.title : t('common.networkError')}</p>}
      {list.data?.notices.length === 0 && <p>{t('failedNotices.none')}</p>}
      {list.data && list.data.notices.length > 0 && (
        <table className="queue" role="table">
          <caption className="visually-hidden">{t('failedNotices.title')}</caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">{t('failedNotices.what')}</th>
              <th scope="col" role="columnheader">{t('failedNotices.parkedAt')}</th>
              <th scope="col" role="columnheader">{t('failedNotices.reason')}</th>
              <th scope="col" role="columnheader">{t('failedNotices.action')}</th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {list.data.notices.map((n) => (
              <tr key={n.id} role="row">
                <th scope="row" role="rowheader">
                  {n.type ? t(`timeline.${n.type}`, { defaultValue: n.type }) : t('failedNotices.unreadable')}
                </th>
                <Cell label={t('failedNotices.parkedAt')}>
                  {when(n.parkedAt, i18n.language)} · {t('failedNotices.attempts', { count: n.attempts })}
                </Cell>
                <Cell label={t('failedNotices.reason')}>
                  <span className="hint">{n.reason}</span>
                </Cell>
                <Cell label={t('failedNotices.action')}>
                  <form onSubmit={preventing(() => replay(n.id))} noValidate aria-label={t('failedNotices.replayNamed', { id: n.id })}>
                    <SubmitButton busy={form.busy}>{t('failedNotices.replay')}</SubmitButton>
                  </form>
                </Cell>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
