/** The assessor's desk: check a person in by the reference on their pass (typed, or typed by a scanner), and the sessions ahead. */
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { TemplateForm } from '../../components/booking/template-form';
import { PageHeading } from '../../components/page-heading';
import { QueryState } from '../../components/query-state';
import { PlainField, SubmitButton, preventing, useProblemForm } from '../../components/plain-form';
import { CardTable, Cell } from '../../components/card-table';
import { checkIn, deskKeys, useSessions } from '../../features/booking/assessor';

export default function AssessorDesk() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const queryClient = useQueryClient();
  const sessions = useSessions();
  const form = useProblemForm();
  const [reference, setReference] = useState('');
  const [checked, setChecked] = useState<{ matterId: string; name: string }>();
  // Staff keep the sessions of their district from the same desk; their links stay in the staff pages.
  const base = useLocation()[0].startsWith('/staff') ? '/staff' : '/assessor';

  const submit = () =>
    void form.run(async () => {
      const done = await checkIn(reference);
      setChecked({ matterId: done.application.id, name: done.booking.personName });
      setReference('');
      void queryClient.invalidateQueries({ queryKey: deskKeys.all });
      return t('desk.checkedIn', { name: done.booking.personName });
    });
  const institutionName = (id: string) => sessions.data?.institutions.find((i) => i.id === id)?.name[lang] ?? '';

  return (
    <>
      <PageHeading title={t('desk.title')}>{t('desk.title')}</PageHeading>
      {form.status}
      {form.summary}
      {checked && (
        <p>
          <Link href={base === '/staff' ? `/staff/applications/${checked.matterId}` : `/assessor/applications/${checked.matterId}`}>{t('desk.openPerson', { name: checked.name })}</Link>
        </p>
      )}
      <form className="card" aria-label={t('desk.checkIn')} onSubmit={preventing(submit)} noValidate>
        <h2>{t('desk.checkIn')}</h2>
        <PlainField name="reference" label={t('desk.reference')} hint={t('desk.referenceHint')} errors={form.errors}>
          {(p) => <input {...p} value={reference} onChange={(e) => setReference(e.target.value)} autoComplete="off" autoCapitalize="characters" spellCheck={false} />}
        </PlainField>
        <SubmitButton busy={form.busy}>{t('desk.checkInButton')}</SubmitButton>
      </form>
      <h2>{t('desk.sessions')}</h2>
      <QueryState query={sessions} />
      {sessions.data && (
        <CardTable caption={t('desk.sessions')} columns={[t('desk.when'), t('desk.place'), t('desk.category'), t('desk.seats')]}>
          {sessions.data.sessions.slice(0, 40).map((s) => (
            <tr key={s.id}>
              <Cell label={t('desk.when')}>
                <Link href={`${base}/sessions/${s.id}`}>{t('booking.whenValue', { date: s.date, start: s.start, end: s.end })}</Link>
                {s.status === 'closed' && ` (${t('desk.closed')})`}
              </Cell>
              <Cell label={t('desk.place')}>{institutionName(s.institutionId)}</Cell>
              <Cell label={t('desk.category')}>{t(`categoryShort.${s.category}`)}</Cell>
              <Cell label={t('desk.seats')}>{t('desk.seatCount', { booked: s.booked, seats: s.seats })}</Cell>
            </tr>
          ))}
        </CardTable>
      )}
      <p>
        <Link href={`${base}/home-visits`}>{t('planner.title')}</Link>
      </p>
      {sessions.data && <TemplateForm institutions={sessions.data.institutions} templates={sessions.data.templates} />}
    </>
  );
}
