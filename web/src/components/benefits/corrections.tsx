import { useTranslation } from 'react-i18next';
import type { BenefitView } from '../../features/benefits/benefit-application';

/** The one batch of corrections a reviewer asked for, each with what to change, and by when. */
export function Corrections({ view }: { view: BenefitView }) {
  const { t } = useTranslation();
  const corrections = view.application.corrections;
  if (!corrections) return null;
  return (
    <div className="card warning-card">
      <h2>{t('benefits.detail.correctionsTitle', { dueOn: corrections.dueOn })}</h2>
      <ul>
        {corrections.items.map((item) => (
          <li key={`${item.subject}-${item.note}`}>
            <strong>{t(`benefits.subject.${item.subject}`)}</strong>: {item.note}
          </li>
        ))}
      </ul>
    </div>
  );
}
