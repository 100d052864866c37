import { useTranslation } from 'react-i18next';
import { Link, useSearch } from 'wouter';
import { useMyApplications } from '../features/applications/my-applications';
import { QueryState } from '../components/query-state';
import { PageHeading } from '../components/page-heading';
import { Announcement } from '../components/announcement';
import { when } from '../components/status-panel';

export default function MyApplications() {
  const { t, i18n } = useTranslation();
  const list = useMyApplications();
  // Benefit matters and 政策找人's proposals have their own page (My benefits).
  const certificateMatters = list.data?.applications.filter((a) => !a.benefitId);
  // Arriving from "save and finish later": say that it is saved, and where to carry on.
  const saved = new URLSearchParams(useSearch()).get('saved');
  return (
    <>
      <PageHeading title={t('mine.title')}>{t('mine.title')}</PageHeading>
      {saved && <Announcement>{t('common.savedForLater')}</Announcement>}
      <QueryState query={list} />
      {certificateMatters?.length === 0 && (
        <p>
          {t('mine.empty')} <Link href="/apply">{t('home.start')}</Link>
        </p>
      )}
      {list.data?.applications.some((a) => a.benefitId) && (
        <p>
          <Link href="/benefits/mine">{t('mine.benefitsLink')}</Link>
        </p>
      )}
      <ul className="application-list">
        {certificateMatters?.map((a) => (
          <li key={a.id} className="card">
            <h2>
              {a.personName ?? t('form.title')}
              {a.reference && <span className="reference-inline"> · {a.reference}</span>}
            </h2>
            <dl className="compact">
              <div>
                <dt>{t('mine.status')}</dt>
                <dd>{t(`status.${a.status}.label`)}</dd>
              </div>
              <div>
                <dt>{t('mine.nextStep')}</dt>
                <dd>{t(`status.${a.status}.next`)}</dd>
              </div>
              {a.personIdNumberMasked && (
                <div>
                  <dt>{t('form.personIdNumber')}</dt>
                  <dd>{a.personIdNumberMasked}</dd>
                </div>
              )}
              <div>
                <dt>{t('mine.started')}</dt>
                <dd>{when(a.createdAt, i18n.language)}</dd>
              </div>
            </dl>
            {a.status === 'draft' ? (
              <Link href={a.matter === "new" ? `/applications/${a.id}/step/person` : `/applications/${a.id}/matter`} className="button primary">
                {t('mine.continueDraft')}
                <span className="visually-hidden"> {a.personName}</span>
              </Link>
            ) : (
              <Link href={`/applications/${a.id}`} className="button secondary">
                {t('mine.view')}
                <span className="visually-hidden"> {a.reference}</span>
              </Link>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
