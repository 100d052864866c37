import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/query-state';
import { PageHeading } from '../../components/page-heading';
import { SubmitButton, preventing, useProblemForm } from '../../components/plain-form';
import { CardTable, Cell } from '../../components/card-table';
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
      <QueryState query={list} />
      {list.data?.notices.length === 0 && <p>{t('failedNotices.none')}</p>}
      {list.data && list.data.notices.length > 0 && (
        <CardTable caption={t('failedNotices.title')} columns={[t('failedNotices.what'), t('failedNotices.parkedAt'), t('failedNotices.reason'), t('failedNotices.action')]}>
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
        </CardTable>
      )}
    </>
  );
}
