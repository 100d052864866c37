/** One session's roster: name, category, needs, reference and whether each person came — nothing more of them. */
import { useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import { newIdempotencyKey } from '../../api';
import { PageHeading } from '../../components/page-heading';
import { QueryState } from '../../components/query-state';
import { CardTable, Cell } from '../../components/card-table';
import { PlainField, SubmitButton, preventing, useProblemForm } from '../../components/plain-form';
import { closeSession, deskKeys, useRoster } from '../../features/booking/assessor';

export default function AssessorSession() {
  const { t } = useTranslation();
  const { id } = useParams<{ id: string }>();
  const queryClient = useQueryClient();
  const roster = useRoster(id);
  const base = useLocation()[0].startsWith('/staff') ? '/staff' : '/assessor';
  const form = useProblemForm();
  const [reason, setReason] = useState('');
  const key = useRef(newIdempotencyKey());
  if (!roster.data) return <QueryState query={roster} />;
  const { session, seats, waiting } = roster.data;
  const close = () =>
    void form.run(async () => {
      const done = await closeSession(id, reason, key.current);
      await queryClient.invalidateQueries({ queryKey: deskKeys.all });
      return t('desk.closedDone', { count: done.released });
    });
  return (
    <>
      <p>
        <Link href={base === '/staff' ? '/staff/sessions' : '/assessor'}>{t('desk.title')}</Link>
      </p>
      <PageHeading title={t('desk.rosterTitle', { date: session.date, start: session.start })}>{t('desk.rosterTitle', { date: session.date, start: session.start })}</PageHeading>
      {form.status}
      {form.summary}
      <p>{t('desk.rosterLead', { category: t(`categoryShort.${session.category}`), booked: seats.length, seats: session.seats, waiting })}</p>
      {seats.length === 0 ? (
        <p>{t('desk.nobody')}</p>
      ) : (
        <CardTable caption={t('desk.rosterTitle', { date: session.date, start: session.start })} columns={[t('desk.name'), t('desk.needs'), t('desk.reference'), t('desk.status')]}>
          {seats.map((s) => (
            <tr key={s.bookingId}>
              <Cell label={t('desk.name')}>
                <Link href={`${base}/applications/${s.matterId}`}>{s.personName}</Link>
              </Cell>
              <Cell label={t('desk.needs')}>{s.needs.map((n) => t(`booking.need.${n}`)).join('、') || '—'}</Cell>
              <Cell label={t('desk.reference')}>{`${s.reference.slice(0, 4)}-${s.reference.slice(4)}`}</Cell>
              <Cell label={t('desk.status')}>{t(`booking.state.${s.status}`)}</Cell>
            </tr>
          ))}
        </CardTable>
      )}
      {session.status === 'open' && (
        <form className="card" aria-label={t('desk.close')} onSubmit={preventing(close)} noValidate>
          <h2>{t('desk.close')}</h2>
          <p className="hint">{t('desk.closeHint')}</p>
          <PlainField name="reason" label={t('desk.closeReason')} errors={form.errors}>
            {(p) => <input {...p} value={reason} onChange={(e) => setReason(e.target.value)} />}
          </PlainField>
          <SubmitButton busy={form.busy} danger>
            {t('desk.close')}
          </SubmitButton>
        </form>
      )}
    </>
  );
}
