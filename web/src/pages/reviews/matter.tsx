import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { decide, useReview } from '../../features/benefits/reviews';
import type { ReviewAction } from '../../components/benefits/review-decisions';
import { benefitKeys } from '../../features/benefits/benefit-keys';
import { PageHeading } from '../../components/page-heading';
import { QueryState } from '../../components/query-state';
import { useProblemForm } from '../../components/plain-form';
import { BenefitStatus, BenefitTimeline } from '../../components/benefits/benefit-status';
import { ReviewRecord } from '../../components/benefits/review-record';
import { ReviewDecisions } from '../../components/benefits/review-decisions';
import { ReviewDocuments } from '../../components/benefits/review-documents';
import { AuditTrail } from '../../components/staff/audit-trail';

/** One benefit matter for its stage reviewer: the record (masked, the look audited), the uploaded materials and the stage's decisions. */
export default function ReviewMatter() {
  const { t, i18n } = useTranslation();
  const { id } = useParams<{ id: string }>();
  const queryClient = useQueryClient();
  const review = useReview(id);
  const form = useProblemForm();
  if (!review.data) return <QueryState query={review} />;
  const view = review.data;
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const name = view.benefit.name[lang];
  const appeal = t('benefits.review.appealRoute', { to: view.benefit.appeal.to[lang], days: view.benefit.appeal.withinDays });

  const send = (action: ReviewAction, fields: Record<string, unknown> = {}) =>
    void form.run(async () => {
      const { application } = await decide(id, { action, version: view.application.version, ...fields } as never);
      await queryClient.invalidateQueries({ queryKey: benefitKeys.all });
      return t('benefits.review.decided', { status: t(`benefits.status.${application.status}.label`) });
    });

  return (
    <>
      <PageHeading title={name}>
        {name}
        {view.application.reference && <span className="reference-inline"> {view.application.reference}</span>}
      </PageHeading>
      <p>
        <Link href="/reviews">{t('benefits.review.backToQueue')}</Link>
      </p>
      {form.status}
      {form.summary}
      <BenefitStatus view={view} />
      <ReviewRecord view={view} id={id} />
      <ReviewDocuments view={view} id={id} />
      <h2>{t('benefits.review.decide')}</h2>
      <ReviewDecisions actions={view.actions} busy={form.busy} errors={form.errors} send={send} appeal={appeal} noticeEndsOn={view.application.notice?.endsOn} />
      <h2>{t('detail.timeline')}</h2>
      <BenefitTimeline entries={view.timeline} />
      <AuditTrail entries={view.audit} />
    </>
  );
}
