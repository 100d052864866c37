import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { PageHeading } from '../components/page-heading';

export default function NotFound() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('common.notFound')}>{t('common.notFound')}</PageHeading>
      <Link href="/">{t('common.backHome')}</Link>
    </>
  );
}
