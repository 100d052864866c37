import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { PageHeading } from '../components/page-heading';

export function Home() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('home.title')}>{t('home.title')}</PageHeading>
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
    </>
  );
}
