import { useTranslation } from 'react-i18next';
import type { Application } from '../../../functions/certificates/application';
import type { TimelineEntry } from '../../../functions/matters/matter';

const when = (iso: string, lang: string) =>
  new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'medium', timeStyle: 'short' });

/** Where the matter stands, in plain words: the status, who has it, and what happens next. */
export function StatusPanel({ application }: { application: Application }) {
  const { t } = useTranslation();
  return (
    <div className="card status-panel">
      <p className="status-label">
        <strong>{t(`status.${application.status}.label`)}</strong>
      </p>
      <p>
        {t('common.labelled', { label: t('mine.nextStep'), value: t(`status.${application.status}.next`) })}
      </p>
      {t(`status.${application.status}.who`) !== '—' && <p className="hint">{t('common.labelled', { label: t('mine.whoHas'), value: t(`status.${application.status}.who`) })}</p>}
    </div>
  );
}

export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  const { t, i18n } = useTranslation();
  const actor = (a: TimelineEntry['actor']) => t(a === 'citizen' ? 'detail.actorCitizen' : a === 'staff' ? 'detail.actorStaff' : 'detail.actorSystem');
  return (
    <ol className="timeline">
      {entries.map((e) => (
        <li key={e.id}>
          <time dateTime={e.at}>{when(e.at, i18n.language)}</time>
          <p>
            {actor(e.actor)} {t(`timeline.${e.event}`, e.params ?? {})} — {t(`status.${e.status}.label`)}
          </p>
        </li>
      ))}
    </ol>
  );
}

export { when };
