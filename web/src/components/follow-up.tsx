/**
 * What the citizen can see and do after submitting, on the application's page: the one list of
 * corrections, a deferred material and its promise, the certificate and how it travels, the appeal
 * route, and the one-time rating.
 */
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { signPromise } from '../features/applications/follow-up';
import type { ApplicationDetail } from '../features/applications/application';
import { MaterialUploads } from './material-uploads';
import { SubmitButton, preventing, useProblemForm } from './plain-form';
import { useFocusOnAppear } from './focus-on-appear';
import { sentSince } from '../../../functions/documents/document-record';
import { BEFORE_APPROVAL } from '../../../functions/certificates/statuses';
import { applicationKeys } from '../features/applications/application-keys';
import { Rating } from './matter-rating';

function Corrections({ detail }: { detail: ApplicationDetail }) {
  const { t } = useTranslation();
  const { application } = detail;
  const corrections = application.corrections!;
  const id = application.id;
  const firstStep = corrections.items.some((i) => i.subject === 'answers') ? 'person' : 'documents';
  return (
    <section className="card warning-card" aria-labelledby="corrections-heading">
      <h2 id="corrections-heading">{t('follow.correctionsTitle', { count: corrections.items.length })}</h2>
      <p>{t('follow.correctionsDue', { dueOn: corrections.dueOn })}</p>
      <ol>
        {corrections.items.map((item, i) => (
          <li key={i} className="correction-item">
            <strong>{item.subject === 'answers' ? t('follow.answersItem') : t(`materials.kind.${item.subject}`)}</strong>
            <p>{item.note}</p>
            {detail.canAct && <Link href={`/applications/${id}/step/${item.subject === 'answers' ? 'person' : 'documents'}`}>
              {item.subject === 'answers' ? t('follow.fixAnswers') : t('follow.uploadFor', { kind: t(`materials.kind.${item.subject}`) })}
            </Link>}
          </li>
        ))}
      </ol>
      {detail.canAct && (
        <p>
          <Link href={`/applications/${id}/step/${firstStep}`} className="button primary">
            {t('follow.resubmit')}
          </Link>
        </p>
      )}
    </section>
  );
}

function Deferral({ detail }: { detail: ApplicationDetail }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const form = useProblemForm();
  const [agreed, setAgreed] = useState(false);
  const signedFocus = useFocusOnAppear<HTMLParagraphElement>();
  const { application } = detail;
  const deferral = application.deferral!;
  const kinds = deferral.kinds.map((k) => t(`materials.kind.${k}`)).join(i18n.language === 'en' ? ', ' : '、');
  // What was sent before acceptance is what staff found wanting: only files sent since count as the material that follows.
  const followed = detail.documents.filter((d) => !deferral.acceptedAt || sentSince(d, deferral.acceptedAt));
  const sign = () =>
    void form.run(async () => {
      // The form is replaced by the signed promise: focus follows it there.
      await signedFocus.after(() => signPromise(application.id, application.version, agreed));
      await queryClient.invalidateQueries({ queryKey: applicationKeys.detail(application.id) });
    });
  return (
    <section className="card" aria-labelledby="deferral-heading">
      <h2 id="deferral-heading">{t('follow.deferralTitle')}</h2>
      <p>{t('follow.deferralDue', { dueOn: deferral.dueOn, kinds })}</p>
      {form.summary}
      {deferral.promiseSignedAt ? (
        <p id="promise-signed" tabIndex={-1} ref={signedFocus.ref}>
          {t('follow.promiseSigned', { at: deferral.promiseSignedAt.slice(0, 10) })}
        </p>
      ) : (
        <form onSubmit={preventing(sign)} noValidate>
          <div className="field checkbox-field">
            <input type="checkbox" id="field-promise" checked={agreed} onChange={(e) => setAgreed(e.target.checked)} aria-invalid={form.errors.length > 0 || undefined} />
            <label htmlFor="field-promise">{t('follow.promiseText', { dueOn: deferral.dueOn })}</label>
          </div>
          <SubmitButton busy={form.busy}>{t('follow.signPromise')}</SubmitButton>
        </form>
      )}
      {deferral.kinds.map((kind) => (
        <MaterialUploads key={kind} item={{ kind, required: true, minFiles: 1, maxFiles: 4, reasonKey: `materials.reason.${kind}` }} documents={followed} applicationId={application.id} />
      ))}
    </section>
  );
}

export function FollowUp({ detail, resubmitted }: { detail: ApplicationDetail; resubmitted: boolean }) {
  const { t } = useTranslation();
  const { application } = detail;
  const { decision, cardDelivery, rating } = application;
  // The rating form is replaced by the thanks: focus follows it there.
  const ratedFocus = useFocusOnAppear<HTMLParagraphElement>();
  return (
    <>
      {resubmitted && application.status === 'submitted' && (
        <p className="banner" role="status">
          {t('follow.resubmitted')}
        </p>
      )}
      {application.clock && application.status !== 'awaiting_correction' && BEFORE_APPROVAL.includes(application.status) && (
        <p>
          {t('common.labelled', { label: t('follow.promisedDue'), value: '' })}
          <strong>{application.clock.promisedDue}</strong>
        </p>
      )}
      {application.status === 'awaiting_correction' && application.corrections && <Corrections detail={detail} />}
      {['new', 'change'].includes(application.matter) && ['accepted', 'assessment_scheduled'].includes(application.status) && (
        <section className="card" aria-labelledby="booking-next">
          <h2 id="booking-next">{application.bookings?.active.length ? t('follow.bookedTitle') : t('follow.bookTitle')}</h2>
          <p>{application.bookings?.active.length ? t('follow.bookedLead', { date: application.bookings.active[0]!.date, start: application.bookings.active[0]!.start }) : t('follow.bookLead')}</p>
          {detail.canAct && (
            <Link href={`/applications/${application.id}/booking`} className="button primary">
              {application.bookings?.active.length ? t('follow.bookedLink') : t('follow.bookLink')}
            </Link>
          )}
        </section>
      )}
      {detail.canAct && application.deferral && !['rejected', 'withdrawn'].includes(application.status) && <Deferral detail={detail} />}
      {decision?.outcome === 'approved' && decision.certificateNumber && (
        <section className="card" aria-labelledby="certificate-heading">
          <h2 id="certificate-heading">{t('follow.certificate')}</h2>
          <dl className="compact">
            <div>
              <dt>{t('follow.certificateNumber')}</dt>
              <dd className="certificate-number">{decision.certificateNumber}</dd>
            </div>
            <div>
              <dt>{t('follow.validUntil')}</dt>
              <dd>{decision.validUntil}</dd>
            </div>
            {cardDelivery?.trackingNumber && (
              <>
                <div>
                  <dt>{t('follow.tracking')}</dt>
                  <dd>{cardDelivery.courier}</dd>
                </div>
                <div>
                  <dt>{t('follow.trackingNumber')}</dt>
                  <dd className="tracking-number">{cardDelivery.trackingNumber}</dd>
                </div>
              </>
            )}
            {cardDelivery?.method === 'pickup' && (
              <div>
                <dt>{t('follow.pickupAt')}</dt>
                <dd>{cardDelivery.pickupPlace}</dd>
              </div>
            )}
          </dl>
        </section>
      )}
      {decision?.outcome === 'rejected' && decision.appealBy && (
        <p className="banner">
          {decision.reason} {t('follow.appeal', { appealBy: decision.appealBy })}
        </p>
      )}
      {application.status === 'completed' && detail.actions.includes('rate') && <Rating matter={application} detailKey={applicationKeys.detail(application.id)} focusAfter={ratedFocus.after} />}
      {rating && (
        <p className="banner" role="status" id="rated" tabIndex={-1} ref={ratedFocus.ref}>
          {t('follow.rated', { level: t(`follow.rateLevels.${rating.level}`) })}
        </p>
      )}
    </>
  );
}
