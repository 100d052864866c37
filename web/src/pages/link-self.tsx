import { useState } from 'react';
import { flushSync } from 'react-dom';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { linkSelf, requestLinkCode } from '../features/family/person-link';
import { peopleKeys } from '../features/family/people';
import { PageHeading } from '../components/page-heading';
import { PlainField, SubmitButton, preventing, useProblemForm } from '../components/plain-form';
import { fieldId } from '../components/field-id';

/**
 * Link my account to myself: my ID number and name, then the code sent to the phone on record (on a
 * matter or the card). The first answer is the same whether or not the details match anyone.
 */
export default function LinkSelf() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const queryClient = useQueryClient();
  const details = useProblemForm();
  const confirm = useProblemForm();
  const [ownIdNumber, setIdNumber] = useState('');
  const [ownName, setName] = useState('');
  const [code, setCode] = useState('');
  const [sent, setSent] = useState(false);

  const askForCode = () =>
    void details.run(async () => {
      await requestLinkCode(ownIdNumber.trim(), ownName.trim());
      // The code field appears: focus goes to it, so the next thing heard is what to type.
      flushSync(() => setSent(true));
      document.getElementById(fieldId('code'))?.focus();
    });
  const link = () =>
    void confirm.run(async () => {
      await linkSelf(code.trim());
      await queryClient.invalidateQueries({ queryKey: peopleKeys.all });
      navigate('/people?linked');
    });

  return (
    <>
      <PageHeading title={t('family.linkTitle')}>{t('family.linkTitle')}</PageHeading>
      <p>{t('family.linkIntro')}</p>
      {details.summary}
      <form onSubmit={preventing(askForCode)} noValidate>
        <PlainField name="ownIdNumber" label={t('family.ownIdNumber')} hint={t('family.ownIdNumberHint')} errors={details.errors}>
          {(p) => <input {...p} autoComplete="off" spellCheck={false} maxLength={18} value={ownIdNumber} onChange={(e) => setIdNumber(e.target.value)} />}
        </PlainField>
        <PlainField name="ownName" label={t('family.ownName')} errors={details.errors}>
          {(p) => <input {...p} autoComplete="name" value={ownName} onChange={(e) => setName(e.target.value)} />}
        </PlainField>
        <SubmitButton busy={details.busy}>{sent ? t('family.sendCodeAgain') : t('family.sendCode')}</SubmitButton>
      </form>
      {sent && (
        <section aria-labelledby="link-code">
          <h2 id="link-code">{t('family.enterCode')}</h2>
          <p>{t('family.linkCodeSent')}</p>
          {confirm.summary}
          <form onSubmit={preventing(link)} noValidate>
            <PlainField name="code" label={t('family.code')} errors={confirm.errors}>
              {(p) => <input {...p} inputMode="numeric" autoComplete="one-time-code" maxLength={6} value={code} onChange={(e) => setCode(e.target.value)} />}
            </PlainField>
            <SubmitButton busy={confirm.busy}>{t('family.linkButton')}</SubmitButton>
          </form>
        </section>
      )}
      <p>
        <Link href="/people">{t('family.back')}</Link>
      </p>
    </>
  );
}
