import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { configureApi } from './api';
import { signInClient, type Tokens } from './sign-in-client';
import { applyLanguage, type Language } from './i18n';

export interface Profile {
  userId: string;
  phoneMasked: string;
  roles: string[];
  language: Language;
  district?: string;
  displayName?: string;
}

interface Session {
  token: string;
  refreshToken?: string;
  /** On this device's clock: cheap phones' clocks are often wrong, so the server's instant is not used. */
  expiresAt: string;
  profile: Profile;
}

export function sessionFrom(tokens: Tokens, profile: Profile): Session {
  return {
    token: tokens.token,
    ...(tokens.refreshToken ? { refreshToken: tokens.refreshToken } : {}),
    profile,
    expiresAt: new Date(Date.now() + tokens.expiresInSeconds * 1000).toISOString(),
  };
}

interface SessionContextValue {
  session: Session | undefined;
  signedIn(session: Session): void;
  signOut(reason?: 'expired'): void;
  extend(): Promise<void>;
  endedReason: 'expired' | undefined;
}

const STORAGE_KEY = 'onevisit.session';
const WARN_BEFORE_MS = 2 * 60 * 1000;

function stored(): Session | undefined {
  try {
    return (JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Session | null) ?? undefined;
  } catch {
    return undefined;
  }
}

function load(): Session | undefined {
  const session = stored();
  return session && Date.parse(session.expiresAt) > Date.now() ? session : undefined;
}

const SessionContext = createContext<SessionContextValue | undefined>(undefined);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | undefined>(load);
  const [endedReason, setEndedReason] = useState<'expired'>();

  const signOut = useCallback((reason?: 'expired') => {
    const ending = stored();
    // Where Cognito issued the session, its refresh token is revoked too (best effort: leaving never waits).
    if (ending?.refreshToken) void signInClient().then((client) => client.signOut({ token: ending.token, expiresInSeconds: 0, refreshToken: ending.refreshToken }));
    localStorage.removeItem(STORAGE_KEY);
    setSession(undefined);
    setEndedReason(reason);
  }, []);

  const signedIn = useCallback((next: Session) => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    setSession(next);
    setEndedReason(undefined);
  }, []);

  const extend = useCallback(async () => {
    const current = load();
    if (!current) return;
    const client = await signInClient();
    const tokens = await client.refresh({ token: current.token, expiresInSeconds: 0, ...(current.refreshToken ? { refreshToken: current.refreshToken } : {}) });
    signedIn(sessionFrom(tokens, current.profile));
  }, [signedIn]);

  useEffect(() => {
    configureApi({ token: () => load()?.token, onUnauthorized: () => signOut('expired') });
  }, [signOut]);

  useEffect(() => {
    if (session?.profile.language) applyLanguage(session.profile.language);
  }, [session?.profile.userId]); // eslint-disable-line react-hooks/exhaustive-deps

  const value = useMemo(() => ({ session, signedIn, signOut, extend, endedReason }), [session, signedIn, signOut, extend, endedReason]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** Warns two minutes before the session ends and offers to extend it (WCAG 2.2.1); never loses a draft. */
export function SessionExpiryWarning() {
  const { t } = useTranslation();
  const { session, extend, signOut } = useSession();
  const [now, setNow] = useState(Date.now());

  useEffect(() => {
    if (!session) return;
    const timer = setInterval(() => setNow(Date.now()), 5000);
    return () => clearInterval(timer);
  }, [session]);

  useEffect(() => {
    if (session && Date.parse(session.expiresAt) <= now) signOut('expired');
  }, [session, now, signOut]);

  if (!session) return null;
  const remaining = Date.parse(session.expiresAt) - now;
  if (remaining > WARN_BEFORE_MS) return null;
  return (
    <div className="banner warning" role="alert">
      <p>{t('session.expiring', { minutes: Math.max(1, Math.ceil(remaining / 60000)) })}</p>
      <Button className="button" onPress={() => void extend()}>
        {t('session.stay')}
      </Button>
    </div>
  );
}
