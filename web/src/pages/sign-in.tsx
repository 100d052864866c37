import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { Link, useLocation, useSearch } from 'wouter';
import * as z from 'zod';
import { requestCodeBody, verifyCodeBody } from '../../../functions/auth/schemas';
import { maskMobile } from '../../../functions/domain/phone';
import { api } from '../api';
import { sessionFrom, useSession, type Profile } from '../session';
import { AnotherCodeSent, signInClient, type CodeRequest } from '../sign-in-client';
import { PageHeading } from '../components/page-heading';
import { ErrorSummary } from '../components/error-summary';
import { TextInput } from '../components/fields';
import { showProblem, summaryOf } from '../form-errors';

type CodeForm = z.input<typeof verifyCodeBody>;

export default function SignIn() {
  const { t, i18n } = useTranslation();
  const { signedIn } = useSession();
  const [, navigate] = useLocation();
  const next = new URLSearchParams(useSearch()).get('next') ?? '/applications';
  const [sentTo, setSentTo] = useState<{ phone: string; minutes: number; request: CodeRequest; again?: boolean }>();
  const [pageError, setPageError] = useState<string>();
  const [attempt, setAttempt] = useState(0);

  const phoneForm = useForm<z.input<typeof requestCodeBody>>({ resolver: zodResolver(requestCodeBody), defaultValues: { phone: '' } });
  const codeForm = useForm<CodeForm>({ resolver: zodResolver(verifyCodeBody), defaultValues: { phone: '', code: '' } });

  // The next thing to do is type the code: take the person there, so nobody has to hunt for the field.
  useEffect(() => {
    if (sentTo) codeForm.setFocus('code');
  }, [sentTo, codeForm]);

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
        const { profile } = await api<{ profile: Profile }>('/me', { token: tokens.token });
        if (profile.language !== i18n.language) {
          await api('/me/language', { method: 'PUT', body: { language: i18n.language }, token: tokens.token }).catch(() => undefined);
        }
        signedIn(sessionFrom(tokens, { ...profile, language: i18n.language === 'en' ? 'en' : 'zh-CN' }));
        navigate(next.startsWith('/') ? next : '/applications');
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

  const summary = sentTo ? summaryOf(codeForm.formState.errors, ['code'], t) : summaryOf(phoneForm.formState.errors, ['phone'], t);

  return (
    <>
      <PageHeading title={t('signIn.title')}>{t('signIn.title')}</PageHeading>
      <ErrorSummary errors={summary} attempt={attempt} />
      {pageError && (
        <p className="banner error" role="alert">
          {pageError}
        </p>
      )}
      <p>{t('signIn.intro')}</p>
      {import.meta.env.VITE_LOCAL_TOOLS && (
        <p className="banner info">
          {t('signIn.localHint')} <Link href="/dev/messages">{t('nav.messages')}</Link>
        </p>
      )}
      {!sentTo ? (
        <form onSubmit={sendCode} noValidate>
          <TextInput control={phoneForm.control} name="phone" label={t('signIn.phone')} hint={t('signIn.phoneHint')} inputMode="tel" autoComplete="tel" maxLength={20} />
          <Button type="submit" className="button primary" isDisabled={phoneForm.formState.isSubmitting}>
            {phoneForm.formState.isSubmitting ? t('signIn.sending') : t('signIn.sendCode')}
          </Button>
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
