import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useNotices } from '../features/notices/notices';
import { PageHeading } from '../components/page-heading';
import { when } from '../components/status-panel';

export default function Notices() {
  const { t, i18n } = useTranslation();
  const notices = useNotices();
  return (
    <>
      <PageHeading title={t('notices.title')}>{t('notices.title')}</PageHeading>
      {notices.isPending && <p role="status">{t('common.loading')}</p>}
      {notices.data?.notices.length === 0 && <p>{t('notices.empty')}</p>}
      <ol className="notice-list">
        {notices.data?.notices.map((n) => (
          <li key={n.id} className="card">
            <h2>{n.title}</h2>
            <p className="meta">
              <time dateTime={n.createdAt}>{when(n.createdAt, i18n.language)}</time>
            </p>
            {n.about && <p className="hint">{t('notices.about', { name: n.about })}</p>}
            <p>{n.body}</p>
            {n.smsFailed && <p className="banner warning">{t('notices.smsFailed')}</p>}
            {/* A relative who only receives messages, and messages about no matter (an invitation), have nothing to open. */}
            {n.applicationId && !n.noLink && <Link href={`/applications/${n.applicationId}`}>{t('mine.view')}</Link>}
          </li>
        ))}
      </ol>
    </>
  );
}
