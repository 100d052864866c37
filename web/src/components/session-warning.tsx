import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session';

const WARN_BEFORE_MS = 2 * 60 * 1000;
const minutesUntil = (ms: number) => Math.max(1, Math.ceil(ms / 60000));

/**
 * Warns two minutes before the session ends and says exactly why and what is kept: after inactivity it
 * offers to stay (WCAG 2.2.1); before the absolute limit (longer than 20 hours) it says when.
 */
export function SessionExpiryWarning() {
  const { t } = useTranslation();
  const { session, extend, lastActivity } = useSession();
  const [now, setNow] = useState(Date.now());

  useEffect(() => {
    if (!session) return;
    const timer = setInterval(() => setNow(Date.now()), 5000);
    return () => clearInterval(timer);
  }, [session]);

  if (!session) return null;
  const expiresAt = Date.parse(session.expiresAt);
  const endsAt = Date.parse(session.endsAt);
  if (expiresAt - now > WARN_BEFORE_MS) return null;
  const minutes = minutesUntil(expiresAt - now);
  if (endsAt <= expiresAt) {
    return (
      <div className="banner warning" role="alert">
        <p>{t('session.limitWarning', { minutes, hours: session.limitHours })}</p>
      </div>
    );
  }
  return (
    <div className="banner warning" role="alert">
      <p>{t('session.idleWarning', { idle: Math.max(1, Math.floor((now - lastActivity()) / 60000)), minutes })}</p>
      <button type="button" className="button" onClick={() => void extend()}>
        {t('session.stay')}
      </button>
    </div>
  );
}
