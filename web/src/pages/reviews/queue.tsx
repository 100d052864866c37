import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'wouter';
import { useReviewQueue } from '../../features/benefits/reviews';
import { QueryState } from '../../components/query-state';
import { PageHeading } from '../../components/page-heading';
import { CardTable, Cell } from '../../components/card-table';
import { STAGES } from '../../../../functions/benefits/benefit-terms';

/** A stage reviewer's own queue (township, 残联 or civil affairs) in their district, soonest deadline first. */
export default function ReviewQueue() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const [params, setParams] = useSearchParams();
  const stage = params.get('stage') ?? '';
  const queue = useReviewQueue(stage ? `stage=${stage}` : '');
  const mine = queue.data?.stages ?? [];
  return (
    <>
      <PageHeading title={t('benefits.review.queueTitle')}>{t('benefits.review.queueTitle')}</PageHeading>
      {mine.length > 0 && <p>{t('benefits.review.yourStages', { stages: mine.map((s) => t(`benefits.stage.${s}`)).join(t('common.listSeparator')) })}</p>}
      {mine.length > 1 && (
        <div className="field">
          <label htmlFor="filter-stage">{t('benefits.review.stage')}</label>
          <select id="filter-stage" value={stage} onChange={(e) => setParams(e.target.value ? { stage: e.target.value } : {})}>
            <option value="">{t('staff.dueAll')}</option>
            {STAGES.filter((s) => mine.includes(s)).map((s) => (
              <option key={s} value={s}>
                {t(`benefits.stage.${s}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      <QueryState query={queue} />
      {queue.data && (
        <>
          <p role="status">{t('staff.count', { count: queue.data.items.length })}</p>
          {queue.data.items.length === 0 ? (
            <p>{t('staff.empty')}</p>
          ) : (
            <CardTable caption={t('benefits.review.queueTitle')} columns={[t('staff.reference'), t('staff.person'), t('benefits.benefit'), t('staff.status'), t('benefits.review.due')]}>
              {queue.data.items.map((item) => (
                <tr key={item.id} role="row" className={item.daysLeft !== undefined && item.daysLeft < 0 ? 'overdue' : undefined}>
                  <th scope="row" role="rowheader">
                    <Link href={`/reviews/${item.id}`}>{item.reference ?? item.id}</Link>
                  </th>
                  <Cell label={t('staff.person')}>
                    {item.personName ?? '—'}
                    {item.personIdNumberMasked && <span className="hint block">{item.personIdNumberMasked}</span>}
                  </Cell>
                  <Cell label={t('benefits.benefit')}>{item.benefitName[lang]}</Cell>
                  <Cell label={t('staff.status')}>{t(`benefits.status.${item.status}.label`)}</Cell>
                  <Cell label={t('benefits.review.due')}>
                    {item.stageDue ? t(item.daysLeft !== undefined && item.daysLeft < 0 ? 'benefits.review.overdue' : 'benefits.review.dueOn', { date: item.stageDue, days: Math.abs(item.daysLeft ?? 0) }) : '—'}
                  </Cell>
                </tr>
              ))}
            </CardTable>
          )}
        </>
      )}
    </>
  );
}
