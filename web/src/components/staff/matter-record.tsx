/**
 * What has been decided on a matter so far, for the staff member who picks it up: the corrections
 * asked for, a deferred material and its promise, the assessment booking and result, the public
 * notice exactly as it may be posted (de-identified), the decision, the card's delivery and the rating.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { localised, useDistricts } from '../../features/districts/districts';
import { when } from '../status-panel';
import type { Application, AssessmentComponent } from '../../../../functions/certificates/application';

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function MatterRecord({ application }: { application: Application }) {
  const { t, i18n } = useTranslation();
  const districts = useDistricts();
  const { corrections, deferral, assessment, assessmentResult, notice, decision, cardDelivery, rating } = application;
  const list = (items: string[]) => items.join(i18n.language === 'en' ? ', ' : '、');
  const categoryAndGrade = (c: Pick<AssessmentComponent, 'category' | 'grade'>) => `${t(`categoryShort.${c.category}`)} ${t(`grade.${c.grade}`)}`;
  const institution = assessment && districts.data?.districts.find((d) => d.code === application.districtCode)?.assessmentInstitutions.find((i) => i.id === assessment.institutionId);
  if (!corrections && !deferral && !assessment && !assessmentResult && !notice && !decision && !cardDelivery && !rating) return null;

  return (
    <section aria-labelledby="record-heading" className="card">
      <h2 id="record-heading">{t('staff.record.title')}</h2>
      <dl className="compact">
        {corrections && (
          <Item label={t('staff.record.corrections', { dueOn: corrections.dueOn })}>
            <ol>
              {corrections.items.map((item, i) => (
                <li key={i}>
                  {t('common.labelled', { label: item.subject === 'answers' ? t('follow.answersItem') : t(`materials.kind.${item.subject}`), value: item.note })}
                </li>
              ))}
            </ol>
          </Item>
        )}
        {deferral && (
          <Item label={t('staff.record.deferral', { dueOn: deferral.dueOn })}>
            {list(deferral.kinds.map((k) => t(`materials.kind.${k}`)))} ·{' '}
            {deferral.promiseSignedAt ? t('staff.record.promiseSigned', { at: when(deferral.promiseSignedAt, i18n.language) }) : t('staff.record.promiseNotSigned')}
          </Item>
        )}
        {assessment && (
          <Item label={t('staff.record.assessment')}>
            {assessment.at.replace('T', ' ')} · {institution ? localised(institution.name, i18n.language) : assessment.institutionId} ·{' '}
            {assessment.mode === 'homeVisit' ? t('staff.modeHome') : t('staff.modeInstitution')}
          </Item>
        )}
        {assessmentResult && (
          <Item label={t('staff.record.result')}>
            {assessmentResult.meetsStandard && assessmentResult.category && assessmentResult.grade
              ? `${list(assessmentResult.components.map(categoryAndGrade))} → ${t('staff.record.card')} ${categoryAndGrade({ category: assessmentResult.category, grade: assessmentResult.grade })}`
              : t('staff.record.notMeeting', { note: assessmentResult.note ?? '' })}
          </Item>
        )}
        {notice && (
          <Item label={t('staff.record.notice')}>
            <blockquote className="notice-text">
              {t('staff.record.noticeText', {
                name: notice.maskedName,
                community: notice.community,
                category: t(`categoryShort.${notice.category}`),
                grade: t(`grade.${notice.grade}`),
                startsOn: notice.startsOn,
                endsOn: notice.endsOn,
              })}
            </blockquote>
            {notice.objection && <p>{t('staff.record.objection', { note: notice.objection.note })}</p>}
          </Item>
        )}
        {decision && (
          <Item label={t('staff.record.decision')}>
            {decision.outcome === 'approved'
              ? t('staff.record.approved', { number: decision.certificateNumber ?? '—', validUntil: decision.validUntil ?? '—' })
              : t('staff.record.rejected', { reason: decision.reason ?? '', appealBy: decision.appealBy ?? '' })}
          </Item>
        )}
        {cardDelivery && (
          <Item label={t('staff.record.delivery')}>
            {cardDelivery.method === 'express'
              ? t('staff.record.express', { courier: cardDelivery.courier ?? '', trackingNumber: cardDelivery.trackingNumber ?? '' })
              : t('staff.record.pickup', { place: cardDelivery.pickupPlace ?? '' })}
          </Item>
        )}
        {rating && (
          <Item label={t('staff.record.rating')}>
            {t(`follow.rateLevels.${rating.level}`)}
            {rating.comment && ` · ${rating.comment}`}
          </Item>
        )}
      </dl>
    </section>
  );
}
