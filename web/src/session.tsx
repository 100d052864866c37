import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { configureApi } from './api';
import type { Tokens } from './sign-in-client';
import type { Language } from './i18n';
import { forgetCheck } from './features/benefits/check-memory';

export interface Profile {
  userId: string;
  phoneMasked: string;
  roles: string[];
  language: Language;
  district?: string;
  displayName?: string;
  /** How messages reach them besides in-app (older sessions stored before this was sent have none). */
  channels?: { sms: boolean; email: boolean };
  emailMasked?: string;
}

/** Times are on this device's clock: cheap phones' clocks are often wrong, so the server's instants are not used. */
interface Session {
  token: string;
  refreshToken?: string;
  /** When the token ends unless renewed: the inactivity limit. */
  expiresAt: string;
  /** When the session ends however active the person is: the absolute limit… */
  endsAt: string;
  /** …which is this many hours after sign-in. */
  limitHours: number;
  profile: Profile;
}

export type EndedReason = 'idle' | 'limit';

/** Cognito does not say when its refresh token ends: cdk/auth-stack.ts gives it one day. */
const DEFAULT_SESSION_SECONDS = 24 * 3600;

/** A session from new tokens: at sign-in, or renewed (`previous`), when the absolute limit stays what it was. */
export function sessionFrom(tokens: Tokens, profile: Profile, previous?: Pick<Session, 'endsAt' | 'limitHours'>): Session {
  const now = Date.now();
  const endsInSeconds = tokens.sessionEndsInSeconds ?? (previous ? (Date.parse(previous.endsAt) - now) / 1000 : DEFAULT_SESSION_SECONDS);
  return {
    token: tokens.token,
    ...(tokens.refreshToken ? { refreshToken: tokens.refreshToken } : {}),
    profile,
    expiresAt: new Date(now + tokens.expiresInSeconds * 1000).toISOString(),
    endsAt: new Date(now + endsInSeconds * 1000).toISOString(),
    limitHours: previous?.limitHours ?? Math.round(endsInSeconds / 3600),
  };
}

interface SessionContextValue {
  session: Session | undefined;
  signedIn(session: Session): void;
  signOut(reason?: EndedReason): void;
  extend(): Promise<void>;
  endedReason: EndedReason | undefined;
  /** When the person last pressed, tapped or typed (this device's clock). */
  lastActivity(): number;
}

const STORAGE_KEY = 'onevisit.session';
/** While the person is active, the token is renewed at most this often. */
const RENEW_EVERY_MS = 5 * 60 * 1000;
const ACTIVITY = ['pointerdown', 'keydown', 'input', 'touchstart'] as const;

function stored(): Session | undefined {
  try {
    const session = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Session | null;
    return session && session.endsAt ? session : undefined;
  } catch {
    return undefined;
  }
}

function load(): Session | undefined {
  const session = stored();
  return session && Date.parse(session.expiresAt) > Date.now() ? session : undefined;
}

/** Whether this device holds a live session: the pre-rendered, signed-out page is then not reused as it is. */
export const hasSavedSession = () => load() !== undefined;

const SessionContext = createContext<SessionContextValue | undefined>(undefined);

/**
 * The session ends after a spell without activity (the token is renewed while the person presses, taps or
 * types) and, however active they are, at the absolute limit after sign-in.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | undefined>(() => (typeof localStorage === 'undefined' ? undefined : load()));
  const [endedReason, setEndedReason] = useState<EndedReason>();
  const lastActivity = useRef(Date.now());
  const lastRenewal = useRef(Date.now());

  const signOut = useCallback((reason?: EndedReason) => {
    const ending = stored();
    // Where Cognito issued the session, its refresh token is revoked too (best effort: leaving never waits).
    if (ending?.refreshToken) {
      const { token, refreshToken } = ending;
      void import('./sign-in-client').then(async ({ signInClient }) => (await signInClient()).signOut({ token, expiresInSeconds: 0, refreshToken }));
    }
    localStorage.removeItem(STORAGE_KEY);
    // The next person at a shared phone must not find this person's answers to "What can I get?".
    forgetCheck();
    setSession(undefined);
    setEndedReason(reason);
  }, []);

  const signedIn = useCallback((next: Session) => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    lastRenewal.current = Date.now();
    setSession(next);
    setEndedReason(undefined);
  }, []);

  const extend = useCallback(async () => {
    const current = load();
    if (!current) return;
    // Loaded when first needed: pages that never renew a session do not carry the sign-in code.
    const { signInClient } = await import('./sign-in-client');
    const client = await signInClient();
    const tokens = await client.refresh({ token: current.token, expiresInSeconds: 0, ...(current.refreshToken ? { refreshToken: current.refreshToken } : {}) });
    signedIn(sessionFrom(tokens, current.profile, current));
  }, [signedIn]);

  useEffect(() => {
    configureApi({ token: () => load()?.token, onUnauthorized: () => signOut(session && Date.parse(session.endsAt) <= Date.now() ? 'limit' : 'idle') });
  }, [signOut, session]);

  // Pressing, tapping and typing count as activity; another tab's renewal or sign-out counts here too.
  useEffect(() => {
    const active = () => (lastActivity.current = Date.now());
    const otherTab = (event: StorageEvent) => {
      if (event.key === STORAGE_KEY) setSession(load());
    };
    ACTIVITY.forEach((type) => window.addEventListener(type, active, { capture: true, passive: true }));
    window.addEventListener('storage', otherTab);
    return () => {
      ACTIVITY.forEach((type) => window.removeEventListener(type, active, { capture: true }));
      window.removeEventListener('storage', otherTab);
    };
  }, []);

  useEffect(() => {
    if (!session) return;
    const timer = setInterval(() => {
      const now = Date.now();
      if (Date.parse(session.expiresAt) <= now) return signOut(Date.parse(session.endsAt) <= now ? 'limit' : 'idle');
      const activeSinceRenewal = lastActivity.current > lastRenewal.current;
      if (activeSinceRenewal && now - lastRenewal.current >= RENEW_EVERY_MS && Date.parse(session.endsAt) > Date.parse(session.expiresAt)) {
        lastRenewal.current = now;
        void extend().catch(() => undefined);
      }
    }, 5000);
    return () => clearInterval(timer);
  }, [session, signOut, extend]);

  const value = useMemo(
    () => ({ session, signedIn, signOut, extend, endedReason, lastActivity: () => lastActivity.current }),
    [session, signedIn, signOut, extend, endedReason],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The reviewers of a benefit's stages: township, 残联, civil affairs (functions/benefits/reviewer-parts.ts). */
export const REVIEWER_ROLES = ['townshipReviewer', 'federationReviewer', 'civilAffairsReviewer'];
