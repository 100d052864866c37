import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ApiProblem } from '../api';
import { verifyEmail } from '../features/family/preferences';
import { PageHeading } from '../components/page-heading';

/** Opened from the e-mail: the token is in the address's fragment (it never reaches a server log), checked once. */
export default function VerifyEmail() {
  const { t } = useTranslation();
  const [result, setResult] = useState<{ ok: boolean; text: string }>();
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const token = window.location.hash.slice(1);
    verifyEmail(token).then(
      ({ email }) => setResult({ ok: true, text: t('settings.verified', { address: email }) }),
      (error: unknown) => setResult({ ok: false, text: error instanceof ApiProblem && error.errors[0] ? error.errors[0].detail : t('common.networkError') }),
    );
  }, [t]);
  return (
    <>
      <PageHeading title={t('settings.verifyTitle')}>{t('settings.verifyTitle')}</PageHeading>
      <p role={result?.ok === false ? 'alert' : 'status'} className={result ? (result.ok ? 'banner' : 'banner error') : undefined}>
        {result?.text ?? t('common.loading')}
      </p>
      {result && (
        <p>
          <Link href="/settings">{t('settings.title')}</Link>
        </p>
      )}
    </>
  );
}
