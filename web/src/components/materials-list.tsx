import { useTranslation } from 'react-i18next';
import type { MaterialItem } from '../../../functions/applications/materials';

/** 一次性告知: every document, why it is needed, and whether it is required — all at once. */
export function MaterialsList({ items }: { items: MaterialItem[] }) {
  const { t } = useTranslation();
  return (
    <>
      <ul className="materials">
        {items.map((item) => (
          <li key={item.kind} className="card">
            <p className="material-name">
              <strong>{t(`materials.kind.${item.kind}`)}</strong>{' '}
              <span className={item.required ? 'tag required' : 'tag'}>{item.required ? t('start.requiredItem') : t('start.optionalItem')}</span>
            </p>
            <p>{t(`materials.reason.${item.kind}`)}</p>
          </li>
        ))}
      </ul>
      <p>{t('start.generated')}</p>
      <p>{t('start.limits')}</p>
    </>
  );
}
