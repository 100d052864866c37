import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { Link, useLocation, useSearch } from 'wouter';
import type * as z from 'zod';
import type { requestCodeBody, verifyCodeBody } from '../../../functions/auth/schemas';
import { maskMobile } from '../../../functions/domain/phone';
import { sessionFrom, useSession } from '../session';
import { AnotherCodeSent, signInClient, type CodeRequest } from '../sign-in-client';
import { applyLanguage, languageSynced, languageUnsynced, type Language } from '../i18n';
import { PageHeading } from '../components/page-heading';
import { ErrorSummary, withPageError } from '../components/error-summary';
import { TextInput } from '../components/fields';
import { UntilReady } from '../components/until-ready';
import { lazyResolver } from '../lazy-resolver';
import { showProblem, summaryOf } from '../form-errors';

type PhoneForm = z.input<typeof requestCodeBody>;
type CodeForm = z.input<typeof verifyCodeBody>;

// The same schemas the sign-in handlers use, loaded once the page is live.
const phoneCheck = lazyResolver<PhoneForm>(() => import('../../../functions/auth/schemas').then((m) => m.requestCodeBody));
const codeCheck = lazyResolver<CodeForm>(() => import('../../../functions/auth/schemas').then((m) => m.verifyCodeBody));

/** Where a person's work starts: staff on their queue, an administrator on the staff list, a citizen on their applications. */
export function landingFor(roles: string[]): string {
  if (roles.includes('staff')) return '/staff';
  if (roles.includes('admin')) return '/admin/staff';
  if (roles.includes('assessor')) return '/assessor';
  return '/applications';
}

export default function SignIn() {
  const { t, i18n } = useTranslation();
  const { signedIn } = useSession();
  const [, navigate] = useLocation();
  const next = new URLSearchParams(useSearch()).get('next');
  const [sentTo, setSentTo] = useState<{ phone: string; minutes: number; request: CodeRequest; again?: boolean }>();
  const [pageError, setPageError] = useState<string>();
  const [attempt, setAttempt] = useState(0);

  // A refused form focuses its error summary, which names every problem, not its first field.
  const phoneForm = useForm<PhoneForm>({ resolver: phoneCheck.resolver, defaultValues: { phone: '' }, shouldFocusError: false });
  const codeForm = useForm<CodeForm>({ resolver: codeCheck.resolver, defaultValues: { phone: '', code: '' }, shouldFocusError: false });
  useEffect(() => {
    phoneCheck.preload();
    codeCheck.preload();
  }, []);

  // The next thing to do is type the code (or, asking again, the number): take the person there.
  const previouslySent = useRef(sentTo);
  useEffect(() => {
    if (sentTo) codeForm.setFocus('code');
    else if (previouslySent.current) phoneForm.setFocus('phone');
    previouslySent.current = sentTo;
  }, [sentTo, codeForm, phoneForm]);

  const sendCode = phoneForm.handleSubmit(
    async (values) => {
      setPageError(undefined);
      try {
        const request = await (await signInClient()).requestCode(values.phone);
        setSentTo({ phone: values.phone, minutes: Math.round(request.expiresInSeconds / 60), request });
        codeForm.reset({ phone: values.phone, code: '' });
      } catch (error) {
        setPageError(showProblem(error, phoneForm.setError, ['phone'], t));
        setAttempt((n) => n + 1);
      }
    },
    () => setAttempt((n) => n + 1),
  );

  const verify = codeForm.handleSubmit(
    async (values) => {
      setPageError(undefined);
      try {
        const tokens = await (await signInClient()).verify(values.phone, values.code, sentTo!.request);
        // Loaded when needed: its answer schemas stay out of the page's first load.
        const account = await import('../features/account/profile');
        const { profile } = await account.fetchProfile(tokens.token);
        // The latest choice wins: one made on this device since the account last heard is passed on;
        // otherwise the account's (perhaps chosen on another device) is shown here.
        const here: Language = i18n.language === 'en' ? 'en' : 'zh-CN';
        let language = profile.language;
        if (languageUnsynced() || profile.language === here) {
          language = here;
          if (profile.language !== here) await account.setLanguage(here, tokens.token).then(languageSynced, () => undefined);
          else languageSynced();
        } else await applyLanguage(profile.language);
        signedIn(sessionFrom(tokens, { ...profile, language }));
        navigate(next?.startsWith('/') && !next.startsWith('//') ? next : landingFor(profile.roles));
      } catch (error) {
        if (error instanceof AnotherCodeSent) {
          setSentTo({ phone: values.phone, minutes: Math.round(error.request.expiresInSeconds / 60), request: error.request, again: true });
          codeForm.reset({ phone: values.phone, code: '' });
          codeForm.setFocus('code');
          return;
        }
        setPageError(showProblem(error, codeForm.setError, ['code'], t));
        setAttempt((n) => n + 1);
      }
    },
    () => setAttempt((n) => n + 1),
  );

  const summary = withPageError(pageError, sentTo ? summaryOf(codeForm.formState.errors, ['code']) : summaryOf(phoneForm.formState.errors, ['phone']));

  return (
    <>
      <PageHeading title={t('signIn.title')}>{t('signIn.title')}</PageHeading>
      <ErrorSummary errors={summary} attempt={attempt} />
      <p>{t('signIn.intro')}</p>
      {import.meta.env.VITE_LOCAL_TOOLS && (
        <p className="banner info">
          {t('signIn.localHint')} <Link href="/dev/messages">{t('nav.messages')}</Link>
        </p>
      )}
      {!sentTo ? (
        <form onSubmit={sendCode} noValidate>
          <UntilReady>
            <TextInput control={phoneForm.control} name="phone" label={t('signIn.phone')} hint={t('signIn.phoneHint')} inputMode="tel" autoComplete="tel" maxLength={20} />
            <Button type="submit" className="button primary" isDisabled={phoneForm.formState.isSubmitting}>
              {phoneForm.formState.isSubmitting ? t('signIn.sending') : t('signIn.sendCode')}
            </Button>
          </UntilReady>
        </form>
      ) : (
        <form onSubmit={verify} noValidate>
          <p role="status">{t(sentTo.again ? 'signIn.confirmedCodeSent' : 'signIn.codeSent', { phone: maskMobile(sentTo.phone), minutes: sentTo.minutes })}</p>
          <TextInput control={codeForm.control} name="code" label={t('signIn.code')} hint={t('signIn.codeHint')} inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
          <div className="actions">
            <Button type="submit" className="button primary" isDisabled={codeForm.formState.isSubmitting}>
              {codeForm.formState.isSubmitting ? t('signIn.signingIn') : t('signIn.submit')}
            </Button>
            <Button className="button secondary" onPress={() => setSentTo(undefined)}>
              {t('signIn.resend')}
            </Button>
          </div>
        </form>
      )}
    </>
  );
}
