import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Switch } from 'react-aria-components';
import { Link, useLocation } from 'wouter';
import { useSession, SessionExpiryWarning } from '../session';
import { applyLanguage } from '../i18n';
import { applyCareMode, savedCareMode } from '../preferences';
import { api } from '../api';

function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const [location] = useLocation();
  const current = location === href || (href !== '/' && location.startsWith(href));
  return (
    <Link href={href} aria-current={current ? 'page' : undefined}>
      {children}
    </Link>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { session, signOut, endedReason } = useSession();
  const [careMode, setCareMode] = useState(savedCareMode);
  const [location, navigate] = useLocation();
  const roles = session?.profile.roles ?? [];
  const isCitizen = roles.includes('citizen');

  const switchLanguage = () => {
    const next = i18n.language === 'en' ? 'zh-CN' : 'en';
    applyLanguage(next);
    if (session) void api('/me/language', { method: 'PUT', body: { language: next } }).catch(() => undefined);
  };

  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="site-header">
        <div className="header-row">
          <Link href="/" className="brand">
            {t('app.name')}
          </Link>
          <div className="preferences">
            <Switch
              className="switch"
              isSelected={careMode}
              onChange={(on) => {
                setCareMode(on);
                applyCareMode(on);
              }}
            >
              <span className="switch-track" aria-hidden="true">
                <span className="switch-thumb" />
              </span>
              {t('prefs.careMode')}
            </Switch>
            <Button className="button secondary" onPress={switchLanguage} aria-label={`${t('prefs.languageLabel')}: ${t('prefs.language')}`}>
              <span lang={i18n.language === 'en' ? 'zh-CN' : 'en'}>{t('prefs.language')}</span>
            </Button>
          </div>
        </div>
        <nav aria-label={t('nav.main')}>
          <ul className="nav-list">
            <li>
              <NavLink href="/">{t('nav.home')}</NavLink>
            </li>
            {(!session || isCitizen) && (
              <li>
                <NavLink href="/apply">{t('nav.apply')}</NavLink>
              </li>
            )}
            {session && isCitizen && (
              <>
                <li>
                  <NavLink href="/applications">{t('nav.mine')}</NavLink>
                </li>
                <li>
                  <NavLink href="/certificates">{t('certificates.title')}</NavLink>
                </li>
              </>
            )}
            {session && (
              <li>
                <NavLink href="/notices">{t('nav.notices')}</NavLink>
              </li>
            )}
            {roles.includes('staff') && (
              <li>
                <NavLink href="/staff">{t('staff.nav')}</NavLink>
              </li>
            )}
            {roles.includes('admin') && (
              <li>
                <NavLink href="/admin/staff">{t('admin.nav')}</NavLink>
              </li>
            )}
            {import.meta.env.VITE_LOCAL_TOOLS && (
              <li>
                <NavLink href="/dev/messages">{t('nav.messages')}</NavLink>
              </li>
            )}
            <li>
              {session ? (
                <Button
                  className="link-button"
                  onPress={() => {
                    signOut();
                    navigate('/');
                  }}
                >
                  {t('nav.signOut')} ({session.profile.phoneMasked})
                </Button>
              ) : (
                <NavLink href="/sign-in">{t('nav.signIn')}</NavLink>
              )}
            </li>
          </ul>
        </nav>
      </header>
      <SessionExpiryWarning />
      {endedReason === 'expired' && !session && (
        <div className="banner warning" role="status">
          {t('session.expired')}
        </div>
      )}
      <main id="main" tabIndex={-1} className={/^\/(staff|admin)/.test(location) ? 'wide' : undefined}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('home.help')}</p>
      </footer>
    </>
  );
}
