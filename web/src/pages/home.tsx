import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { PageHeading } from '../components/page-heading';
import { useSession } from '../session';

// Only a signed-in citizen's home asks for the people they help: the public page's first load does not carry it.
const HelpedPeople = lazy(() => import('../components/family/helped-people'));

export function Home() {
  const { t } = useTranslation();
  const { session } = useSession();
  return (
    <>
      <PageHeading title={t('home.title')}>{t('home.title')}</PageHeading>
      {session?.profile.roles.includes('citizen') && (
        <Suspense fallback={null}>
          <HelpedPeople />
        </Suspense>
      )}
      <p className="lead">{t('home.intro')}</p>
      <h2>{t('home.steps')}</h2>
      <ol className="steps">
        <li>{t('home.step1')}</li>
        <li>{t('home.step2')}</li>
        <li>{t('home.step3')}</li>
        <li>{t('home.step4')}</li>
      </ol>
      <Link href="/apply" className="button primary start">
        {t('home.start')}
      </Link>
      <h2>{t('home.benefitsTitle')}</h2>
      <p>{t('home.benefitsIntro')}</p>
      <Link href="/benefits" className="button secondary start">
        {t('home.benefitsStart')}
      </Link>
      <p>
        <Link href="/progress">{t('progress.fromHome')}</Link>
      </p>
    </>
  );
}
