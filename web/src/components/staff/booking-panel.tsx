/** The assessment appointment in the staff matter view: places booked, no-shows, and a home-visit request to approve, refuse or plan. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Application } from '../../../../functions/certificates/application';
import { DecisionCard, type DecisionProps } from './decision-card';
import { PlainField } from '../plain-form';

export function BookingPanel({ props }: { props: DecisionProps }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const { application } = props;
  const bookings = (application as Application).bookings;
  if (!['new', 'change'].includes(application.matter) || !['accepted', 'assessment_scheduled', 'assessed'].includes(application.status)) return null;
  const home = bookings?.homeVisit;
  return (
    <section aria-labelledby="booking-heading" className="card">
      <h2 id="booking-heading">{t('staff.bookingTitle')}</h2>
      {(bookings?.active ?? []).length === 0 && !home && <p>{t('staff.booking.waiting')}</p>}
      <ul>
        {(bookings?.active ?? []).map((b) => (
          <li key={b.id}>
            {t('booking.whenValue', { date: b.date, start: b.start, end: b.end })} · {b.mode === 'home' ? t('booking.atHome') : b.institutionId} · {`${b.reference.slice(0, 4)}-${b.reference.slice(4)}`} · {t(`booking.state.${b.status}`)}
            {b.needs.length > 0 && ` · ${b.needs.map((n) => t(`booking.need.${n}`)).join('、')}`}
          </li>
        ))}
      </ul>
      {(bookings?.missed ?? 0) > 0 && <p className={bookings!.missed >= 2 ? 'field-error' : undefined}>{t('staff.booking.missedCount', { count: bookings!.missed })}</p>}
      <p>
        <Link href={`/applications/${application.id}/booking`}>{t('staff.bookOnBehalf')}</Link>
      </p>
      {home && (
        <div>
          <p>{t('staff.homeRequest', { reason: t(`booking.reason.${home.reason}`), community: home.community, status: t(`booking.homeState.${home.status}`) })}</p>
          {home.note && <p>{home.note}</p>}
          {home.status === 'requested' && (
            <>
              <DecisionCard action="approveHomeVisit" busy={props.busy} onSubmit={() => props.send('approveHomeVisit')} />
              <DecisionCard action="refuseHomeVisit" busy={props.busy} onSubmit={() => props.send('refuseHomeVisit', { reason })}>
                <PlainField name="reason" label={t('staff.homeRefusal')} errors={props.errors}>
                  {(p) => <textarea {...p} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />}
                </PlainField>
              </DecisionCard>
            </>
          )}
          {home.status === 'approved' && (
            <p>
              <Link href="/staff/home-visits">{t('staff.planVisit')}</Link>
            </p>
          )}
        </div>
      )}
    </section>
  );
}
