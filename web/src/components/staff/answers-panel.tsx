/** The person's answers as staff see them: ID and phone numbers masked, each shown in full on request (audited). */
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { DraftAnswers } from '../../../../functions/applications/schemas';

export type Sensitive = 'personIdNumber' | 'personPhone' | 'agentPhone';

export function AnswersPanel({ answers: a, revealed, onReveal }: { answers: DraftAnswers; revealed: Partial<Record<Sensitive, string>>; onReveal: (field: Sensitive) => void }) {
  const { t } = useTranslation();
  const reveal = onReveal;
  const sensitiveRow = (field: Sensitive, label: string) =>
    a[field] && (
      <div className="summary-row">
        <dt>{label}</dt>
        <dd id={`revealed-${field}`} tabIndex={-1}>
          {revealed[field] ?? a[field]}
        </dd>
        <dd>
          {!revealed[field] && (
            <Button className="link-button" onPress={() => reveal(field)}>
              {t('staff.reveal')}
              <span className="visually-hidden"> {label}</span>
            </Button>
          )}
        </dd>
      </div>
    );
  const row = (label: string, value: string | undefined) =>
    value && (
      <div className="summary-row">
        <dt>{label}</dt>
        <dd>{value}</dd>
        <dd />
      </div>
    );

  return (
    <section aria-labelledby="answers-heading">
      <h2 id="answers-heading">{t('staff.answers')}</h2>
      <p className="hint">{t('staff.revealHint')}</p>
      <dl className="summary-list">
        {row(t('form.personName'), a.personName)}
        {sensitiveRow('personIdNumber', t('form.personIdNumber'))}
        {sensitiveRow('personPhone', t('form.personPhone'))}
        {row(t('start.category'), a.category && t(`categories.${a.category}`))}
        {row(t('form.agentName'), a.agentName)}
        {sensitiveRow('agentPhone', t('form.agentPhone'))}
        {row(t('form.hukouAddress'), a.hukouAddress)}
        {row(t('form.currentAddress'), a.currentAddress)}
        {row(t('form.delivery'), a.delivery && t(a.delivery === 'express' ? 'matterForm.express' : 'matterForm.pickup'))}
        {row(t('form.deliveryAddress'), a.deliveryAddress)}
      </dl>
    </section>
  );
}
