/** A person booked with the assessor: name, category, needs and age for the thresholds; no-show, and the result recorded into the matter. */
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { Link, useParams } from 'wouter';
import { PageHeading } from '../../components/page-heading';
import { QueryState } from '../../components/query-state';
import { useProblemForm } from '../../components/plain-form';
import { DecisionForm } from '../../components/staff/decision-forms';
import type { Application } from '../../../../functions/certificates/application';
import type { DecisionAction } from '../../features/staff/matter';
import { deskKeys, markMissed, recordResult, usePerson } from '../../features/booking/assessor';

export default function AssessorPerson() {
  const { t } = useTranslation();
  const { id } = useParams<{ id: string }>();
  const queryClient = useQueryClient();
  const person = usePerson(id);
  const form = useProblemForm();
  if (!person.data) return <QueryState query={person} />;
  const view = person.data;
  const reload = () => queryClient.invalidateQueries({ queryKey: deskKeys.all });
  const send = (action: DecisionAction, fields: Record<string, unknown> = {}) =>
    void form.run(async () => {
      await recordResult(id, view.application.version, action, fields);
      await reload();
      return t('staff.done', { action: t(`staff.actions.${action}`) });
    });
  const missed = (bookingId: string) =>
    void form.run(async () => {
      await markMissed(id, bookingId, view.application.version);
      await reload();
      return t('desk.missedDone', { name: view.personName });
    });
  const application = { ...view.application, answers: { category: view.category } } as unknown as Application;

  return (
    <>
      <p>
        <Link href="/assessor">{t('desk.title')}</Link>
      </p>
      <PageHeading title={view.personName}>{view.personName}</PageHeading>
      {form.status}
      {form.summary}
      <dl className="summary card">
        <div className="summary-row">
          <dt>{t('desk.category')}</dt>
          <dd>{t(`categoryShort.${view.category}`)}</dd>
        </div>
        {view.ageYears !== undefined && (
          <div className="summary-row">
            <dt>{t('desk.age')}</dt>
            <dd>{t('desk.years', { count: view.ageYears })}</dd>
          </div>
        )}
        <div className="summary-row">
          <dt>{t('desk.needs')}</dt>
          <dd>{view.needs.map((n) => t(`booking.need.${n}`)).join('、') || '—'}</dd>
        </div>
        <div className="summary-row">
          <dt>{t('desk.status')}</dt>
          <dd>{t(`status.${view.application.status}.label`)}</dd>
        </div>
      </dl>
      <h2>{t('desk.bookings')}</h2>
      <ul>
        {view.bookings.map((b) => (
          <li key={b.id} className="card">
            <p>
              {t('booking.whenValue', { date: b.date, start: b.start, end: b.end })} · {`${b.reference.slice(0, 4)}-${b.reference.slice(4)}`} · {t(`booking.state.${b.status}`)}
            </p>
            {b.status === 'booked' && (
              <Button className="button secondary" isDisabled={form.busy} onPress={() => missed(b.id)}>
                {t('desk.missed')}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {view.actions.filter((a) => a === 'recordAssessment' || a === 'recordNotMeetingStandard').map((action) => (
        <DecisionForm key={`${action}-${view.application.version}`} action={action as DecisionAction} ageYears={view.ageYears ?? 99} props={{ application, isMinor: view.isMinor, deferrableKinds: [], errors: form.errors, busy: form.busy, send }} />
      ))}
    </>
  );
}
