import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { profileKeys, useProfile } from '../features/account/profile';
import { saveChannels, sendEmailLink } from '../features/family/preferences';
import { PageHeading } from '../components/page-heading';
import { QueryState } from '../components/query-state';
import { PlainField, SubmitButton, preventing, useProblemForm } from '../components/plain-form';
import { fieldId } from '../components/field-id';

/**
 * How messages reach me: in-app always; SMS unless switched off; e-mail once an address is verified by
 * the link sent to it. The language of messages is the one chosen in the header.
 */
export default function Settings() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const profile = useProfile();
  const channelsForm = useProblemForm();
  const emailForm = useProblemForm();
  const [sms, setSms] = useState(true);
  const [email, setEmail] = useState(false);
  const [address, setAddress] = useState('');
  const stored = profile.data?.profile;
  useEffect(() => {
    if (!stored?.channels) return;
    setSms(stored.channels.sms);
    setEmail(stored.channels.email);
  }, [stored?.channels?.sms, stored?.channels?.email]);

  const save = () =>
    void channelsForm.run(async () => {
      await saveChannels({ sms, email });
      await queryClient.invalidateQueries({ queryKey: profileKeys.me });
      return t('settings.saved');
    });
  const sendLink = () =>
    void emailForm.run(async () => {
      const { sentTo, hours } = await sendEmailLink(address.trim());
      return t('settings.linkSent', { address: sentTo, hours });
    });

  return (
    <>
      <PageHeading title={t('settings.title')}>{t('settings.title')}</PageHeading>
      <QueryState query={profile} />
      {stored && (
        <>
          <section aria-labelledby="channels-title">
            <h2 id="channels-title">{t('settings.channels')}</h2>
            {channelsForm.summary}
            {channelsForm.status}
            <form onSubmit={preventing(save)} noValidate>
              <fieldset className="field">
                <legend className="legend">{t('settings.channelsLegend')}</legend>
                <p className="hint">{t('settings.inAppAlways')}</p>
                <div className="checkbox-field">
                  <input type="checkbox" id="channel-sms" checked={sms} onChange={(e) => setSms(e.target.checked)} />
                  <label htmlFor="channel-sms">{t('settings.sms', { phone: stored.phoneMasked })}</label>
                </div>
                <div className="checkbox-field">
                  <input type="checkbox" id={fieldId('email')} checked={email} onChange={(e) => setEmail(e.target.checked)} />
                  <label htmlFor={fieldId('email')}>{stored.emailMasked ? t('settings.email', { address: stored.emailMasked }) : t('settings.emailNone')}</label>
                </div>
              </fieldset>
              <SubmitButton busy={channelsForm.busy}>{t('settings.save')}</SubmitButton>
            </form>
          </section>
          <section aria-labelledby="email-title">
            <h2 id="email-title">{stored.emailMasked ? t('settings.changeEmail') : t('settings.addEmail')}</h2>
            <p>{t('settings.emailIntro')}</p>
            {emailForm.summary}
            {emailForm.status}
            <form onSubmit={preventing(sendLink)} noValidate>
              <PlainField name="address" label={t('settings.emailAddress')} hint={t('settings.emailHint')} errors={emailForm.errors.map((e) => (e.field === 'email' ? { ...e, field: 'address' } : e))}>
                {(p) => <input {...p} type="email" autoComplete="email" spellCheck={false} value={address} onChange={(e) => setAddress(e.target.value)} />}
              </PlainField>
              <SubmitButton busy={emailForm.busy}>{t('settings.sendLink')}</SubmitButton>
            </form>
          </section>
          <section aria-labelledby="language-title">
            <h2 id="language-title">{t('settings.language')}</h2>
            <p>{t('settings.languageIntro')}</p>
          </section>
        </>
      )}
    </>
  );
}
