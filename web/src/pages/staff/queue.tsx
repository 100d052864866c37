import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { Link, useSearchParams } from 'wouter';
import { useQueue } from '../../features/staff/queue';
import { DeadlineText } from '../../components/staff/deadline-text';
import { QueryState } from '../../components/query-state';
import { PageHeading } from '../../components/page-heading';
import { CardTable, Cell } from '../../components/card-table';
import { APPLICATION_STATUSES, MATTERS } from '../../../../functions/certificates/statuses';

const FILTERS = ['matter', 'status', 'due', 'mine', 'booking'] as const;

/** The district's work queue, soonest deadline first. Filters live in the address, so Back and a bookmark keep them. */
export default function StaffQueue() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [draft, setDraft] = useState(() => Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? ''])) as Record<(typeof FILTERS)[number], string>);
  const query = new URLSearchParams(FILTERS.flatMap((f) => (params.get(f) ? [[f, params.get(f)!]] : []))).toString();
  const queue = useQueue(query);

  const select = (name: 'matter' | 'status' | 'due' | 'booking', label: string, options: [string, string][]) => (
    <div className="field">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} value={draft[name]} onChange={(e) => setDraft({ ...draft, [name]: e.target.value })}>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <>
      <PageHeading title={t('staff.queueTitle')}>{t('staff.queueTitle')}</PageHeading>
      <p>
        <Link href="/staff/file" className="button secondary">
          {t('staff.fileOnBehalf')}
        </Link>
      </p>
      <form
        className="card filters"
        aria-label={t('staff.filters')}
        onSubmit={(event) => {
          event.preventDefault();
          setParams(Object.fromEntries(Object.entries(draft).filter(([, v]) => v)));
        }}
      >
        {select('matter', t('staff.matter'), [['', t('staff.dueAll')], ...MATTERS.map((m): [string, string] => [m, t(`matter.${m}`)])])}
        {select('status', t('staff.status'), [['', t('staff.statusOpen')], ...APPLICATION_STATUSES.map((s): [string, string] => [s, t(`status.${s}.label`)])])}
        {select('due', t('staff.due'), [
          ['', t('staff.dueAll')],
          ['overdue', t('staff.dueOverdue')],
          ['soon', t('staff.dueSoon')],
        ])}
        {select('booking', t('staff.bookingFilter'), [['', t('staff.dueAll')], ...(['waiting', 'booked', 'missed', 'homeVisit'] as const).map((b): [string, string] => [b, t(`staff.booking.${b}`)])])}
        <div className="field checkbox-field">
          <input id="filter-mine" type="checkbox" checked={draft.mine === 'true'} onChange={(e) => setDraft({ ...draft, mine: e.target.checked ? 'true' : '' })} />
          <label htmlFor="filter-mine">{t('staff.mine')}</label>
        </div>
        <Button type="submit" className="button primary">
          {t('staff.apply')}
        </Button>
      </form>

      <QueryState query={queue} />
      {queue.data && (
        <>
          <p role="status">{t('staff.count', { count: queue.data.items.length })}</p>
          {queue.data.items.length === 0 ? (
            <p>{t('staff.empty')}</p>
          ) : (
            <CardTable caption={t('staff.queueTitle')} columns={[t('staff.reference'), t('staff.person'), t('staff.matter'), t('staff.status'), t('staff.promisedDue'), t('staff.assignee')]}>
              {queue.data.items.map((item) => (
                <tr key={item.id} role="row" className={item.daysLeft !== undefined && item.daysLeft < 0 ? 'overdue' : undefined}>
                  <th scope="row" role="rowheader">
                    <Link href={`/staff/applications/${item.id}`}>{item.reference ?? t('status.draft.label')}</Link>
                  </th>
                  <Cell label={t('staff.person')}>
                    {item.personName ?? '—'}
                    {item.personIdNumberMasked && <span className="hint block">{item.personIdNumberMasked}</span>}
                  </Cell>
                  <Cell label={t('staff.matter')}>
                    {t(`matter.${item.matter}`)}
                    {item.channel && item.channel !== 'online' && <span className="hint block">{t(`channel.${item.channel}`)}</span>}
                  </Cell>
                  <Cell label={t('staff.status')}>
                    {t(`status.${item.status}.label`)}
                    {item.booking && <span className="hint"> · {t(`staff.booking.${item.booking.state}`)}{item.booking.next ? ` ${item.booking.next.date} ${item.booking.next.start}` : ''}{item.booking.flagged ? ` · ${t('staff.booking.flagged', { count: item.booking.missed })}` : ''}</span>}
                  </Cell>
                  <Cell label={t('staff.promisedDue')}>
                    <DeadlineText item={item} />
                  </Cell>
                  <Cell label={t('staff.assignee')}>{item.assignee?.name ?? t('staff.unassigned')}</Cell>
                </tr>
              ))}
            </CardTable>
          )}
        </>
      )}
    </>
  );
}
