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

/** `viewer` other than the owner: the filer's own steps read as the applicant's, not "you". */
export function Timeline({ entries, viewer = 'owner' }: { entries: TimelineEntry[]; viewer?: string }) {
  const { t, i18n } = useTranslation();
  // A relative or the person acting on a matter someone else filed is named ("李娜（女儿）"); the rest by their part.
  const actor = (e: TimelineEntry) => {
    if (e.actorName && (e.actor === 'delegate' || e.actor === 'person'))
      return e.actorRelationship ? t('family.named', { name: e.actorName, relationship: t(`family.relationship.${e.actorRelationship}`) }) : e.actorName;
    if (e.actor === 'person') return t('family.actorPerson');
    if (e.actor === 'citizen') return t(viewer === 'owner' ? 'detail.actorCitizen' : 'family.actorApplicant');
    return t(e.actor === 'staff' ? 'detail.actorStaff' : 'detail.actorSystem');
  };
  const params = (e: TimelineEntry) => (e.params?.kind ? { ...e.params, kind: t(`materials.kind.${e.params.kind}`, { defaultValue: e.params.kind }) } : (e.params ?? {}));
  return (
    <ol className="timeline">
      {entries.map((e) => (
        <li key={e.id}>
          <time dateTime={e.at}>{when(e.at, i18n.language)}</time>
          <p>
            {actor(e)} {t(`timeline.${e.event}`, params(e))} — {t(`status.${e.status}.label`)}
          </p>
        </li>
      ))}
    </ol>
  );
}

export { when };
