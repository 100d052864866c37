import { useTranslation } from 'react-i18next';
import type { BenefitView } from '../../features/benefits/benefit-application';
import { when } from '../status-panel';

/** Where a benefit matter stands in plain words, what the rules say now and why, and its timeline. */
export function BenefitStatus({ view }: { view: BenefitView }) {
  const { t, i18n } = useTranslation();
  const { application, eligibility } = view;
  // Child rehabilitation is paid to the institution, not into anyone's account.
  const next = application.status === 'approved' && view.benefit.paidTo === 'provider' ? t('benefits.status.approved.nextProvider') : t(`benefits.status.${application.status}.next`);
  return (
    <>
      <div className="card status-panel">
        <p className="status-label">
          <strong>{t(`benefits.status.${application.status}.label`)}</strong>
        </p>
        <p>{t('common.labelled', { label: t('mine.nextStep'), value: next })}</p>
        {application.reference && <p className="hint">{t('common.labelled', { label: t('benefits.reference'), value: application.reference })}</p>}
      </div>
      <h2>{t('benefits.eligibility')}</h2>
      <p>
        <strong>{t(`benefits.outcome.${eligibility.outcome}`)}</strong>
        {eligibility.amount && ` · ${t('common.labelled', { label: t('benefits.amount'), value: eligibility.amount })}`}
      </p>
      {eligibility.reasons.length + eligibility.notes.length > 0 && (
        <ul>
          {[...eligibility.reasons, ...eligibility.notes].map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      {view.materials.length > 0 && (
        <>
          <h2>{t('benefits.review.materials')}</h2>
          <ul>
            {view.materials.map((m) => (
              <li key={m.kind}>
                {m.name[i18n.language === 'en' ? 'en' : 'zh-CN']} — {t(`benefits.materialStatus.${m.status}`)}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

export function BenefitTimeline({ entries }: { entries: BenefitView['timeline'] }) {
  const { t, i18n } = useTranslation();
  if (entries.length === 0) return <p>{t('benefits.noTimeline')}</p>;
  return (
    <ol className="timeline">
      {entries.map((e) => (
        <li key={e.id}>
          <time dateTime={e.at}>{when(e.at, i18n.language)}</time>
          <p>
            {t(`benefits.timeline.${e.event}`, { ...(e.params ?? {}), defaultValue: t(`timeline.${e.event}`, e.params ?? {}) })} — {t(`benefits.status.${e.status}.label`)}
          </p>
        </li>
      ))}
    </ol>
  );
}
