/** Who did or saw what on the matter, for staff and auditors: the applicant's own actions named as theirs. */
import { useTranslation } from 'react-i18next';
import { when } from '../status-panel';
import type { AuditEntry } from '../../../../functions/matters/matter';

export function AuditTrail({ entries }: { entries: AuditEntry[] }) {
  const { t, i18n } = useTranslation();
  const audit = entries;
  return (
    <section aria-labelledby="audit-heading">
      <h2 id="audit-heading">{t('staff.audit')}</h2>
      <ol className="timeline audit">
        {audit.map((entry) => (
          <li key={entry.id}>
            <time dateTime={entry.at}>{when(entry.at, i18n.language)}</time>{' '}
            {t('common.labelled', {
              label: entry.actorRole === 'citizen' ? t('staff.applicantActor') : entry.actorName,
              value: t(`staff.auditActions.${entry.action}`, { defaultValue: t(`staff.actions.${entry.action}`, { defaultValue: t(`timeline.${entry.action}`, entry.detail ?? {}) }) }),
            })}
            {entry.detail?.field && ` (${t(`form.${entry.detail.field}`)})`}
          </li>
        ))}
      </ol>
    </section>
  );
}
