import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { REVIEWER_ROLES, useSession } from '../session';
import { SessionExpiryWarning } from './session-warning';
import { useFocusKeeper } from './focus-keeper';
import { Preferences } from './header-preferences';

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
  const { t } = useTranslation();
  const { session, signOut, endedReason } = useSession();
  const [location, navigate] = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const navId = useId();
  const roles = session?.profile.roles ?? [];
  const isCitizen = roles.includes('citizen');
  useFocusKeeper();

  // Following a link closes the menu on a small screen.
  useEffect(() => setMenuOpen(false), [location]);

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
          <Preferences />
          <button type="button" ref={menuButton} className="button secondary menu-button" aria-expanded={menuOpen} aria-controls={navId} onClick={() => setMenuOpen((open) => !open)}>
            {menuOpen ? t('nav.closeMenu') : t('nav.menu')}
          </button>
        </div>
        <nav
          id={navId}
          aria-label={t('nav.main')}
          data-open={menuOpen || undefined}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && menuOpen) {
              setMenuOpen(false);
              menuButton.current?.focus();
            }
          }}
        >
          <ul className="nav-list">
            <li>
              <NavLink href="/">{t('nav.home')}</NavLink>
            </li>
            {(!session || isCitizen) && (
              <>
                <li>
                  <NavLink href="/apply">{t('nav.apply')}</NavLink>
                </li>
                <li>
                  <NavLink href="/benefits">{t('nav.benefits')}</NavLink>
                </li>
              </>
            )}
            {session && isCitizen && (
              <>
                <li>
                  <NavLink href="/applications">{t('nav.mine')}</NavLink>
                </li>
                <li>
                  <NavLink href="/certificates">{t('certificates.title')}</NavLink>
                </li>
                <li>
                  <NavLink href="/benefits/mine">{t('nav.myBenefits')}</NavLink>
                </li>
                <li>
                  <NavLink href="/people">{t('family.nav')}</NavLink>
                </li>
              </>
            )}
            {session && (
              <>
                <li>
                  <NavLink href="/notices">{t('nav.notices')}</NavLink>
                </li>
                <li>
                  <NavLink href="/settings">{t('settings.nav')}</NavLink>
                </li>
              </>
            )}
            {roles.includes('staff') && (
              <li>
                <NavLink href="/staff">{t('staff.nav')}</NavLink>
              </li>
            )}
            {REVIEWER_ROLES.some((r) => roles.includes(r)) && (
              <li>
                <NavLink href="/reviews">{t('nav.reviews')}</NavLink>
              </li>
            )}
            {roles.includes('staff') && (
              <li>
                <NavLink href="/staff/home-visits">{t('planner.nav')}</NavLink>
              </li>
            )}
            {roles.includes('staff') && (
              <li>
                <NavLink href="/staff/sessions">{t('desk.sessionsNav')}</NavLink>
              </li>
            )}
            {roles.includes('assessor') && (
              <li>
                <NavLink href="/assessor">{t('desk.nav')}</NavLink>
              </li>
            )}
            {roles.includes('admin') && (
              <>
                <li>
                  <NavLink href="/admin/staff">{t('admin.nav')}</NavLink>
                </li>
                <li>
                  <NavLink href="/admin/notices">{t('failedNotices.nav')}</NavLink>
                </li>
              </>
            )}
            {import.meta.env.VITE_LOCAL_TOOLS && (
              <li>
                <NavLink href="/dev/messages">{t('nav.messages')}</NavLink>
              </li>
            )}
            <li>
              {session ? (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    signOut();
                    navigate('/');
                  }}
                >
                  {t('nav.signOutNamed', { phone: session.profile.phoneMasked })}
                </button>
              ) : (
                <NavLink href="/sign-in">{t('nav.signIn')}</NavLink>
              )}
            </li>
          </ul>
        </nav>
      </header>
      <SessionExpiryWarning />
      {endedReason && !session && (
        <div className="banner warning" role="status">
          {endedReason === 'limit' ? t('session.expiredLimit') : t('session.expiredIdle')}
        </div>
      )}
      <main id="main" tabIndex={-1} className={/^\/(staff|admin|assessor)/.test(location) ? 'wide' : undefined}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('home.help')}</p>
      </footer>
    </>
  );
}
