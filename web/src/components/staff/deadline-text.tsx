import { useTranslation } from 'react-i18next';
import type { QueueItem } from '../../features/staff/queue';

/** The deadline in words; never colour alone. */
export function DeadlineText({ item }: { item: QueueItem }) {
  const { t } = useTranslation();
  if (item.waitingForCitizenUntil) return <>{t('staff.waiting', { dueOn: item.waitingForCitizenUntil })}</>;
  if (!item.promisedDue) return <>—</>;
  return (
    <>
      {item.promisedDue}
      {item.daysLeft !== undefined && (
        <span className={`block ${item.daysLeft < 0 ? 'overdue-text' : 'hint'}`}>
          {item.daysLeft < 0 ? t('staff.overdue', { count: -item.daysLeft }) : t('staff.daysLeft', { count: item.daysLeft })}
        </span>
      )}
      <span className="hint block">
        {t('staff.statutoryDue')} {item.statutoryDue}
        {item.provisional && ` ${t('staff.provisional')}`}
      </span>
    </>
  );
}
