import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { PageHeading } from '../../components/page-heading';
import { PlainField, SubmitButton, preventing } from '../../components/plain-form';
import { ErrorSummary } from '../../components/error-summary';
import { fieldId } from '../../components/field-id';
import { normaliseMobile } from '../../../../functions/domain/phone';
import { FILING_KEY } from '../../filing';
import { fieldMessage } from '../../field-message';

/** 代办: whose account the application goes to and how it was filed; then the same questions and steps a citizen sees. */
export default function FileOnBehalf() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [accountPhone, setAccountPhone] = useState('');
  const [channel, setChannel] = useState('counter');
  const [attempt, setAttempt] = useState(0);
  const [invalid, setInvalid] = useState(false);
  const errors = invalid ? [{ field: 'accountPhone', code: 'error.phone.invalid', detail: fieldMessage('error.phone.invalid', 'accountPhone') }] : [];

  const start = () => {
    const phone = normaliseMobile(accountPhone);
    if (!phone) {
      setInvalid(true);
      setAttempt((n) => n + 1);
      return;
    }
    sessionStorage.setItem(FILING_KEY, JSON.stringify({ accountPhone: phone, channel }));
    navigate('/apply');
  };

  return (
    <>
      <PageHeading title={t('staff.fileTitle')}>{t('staff.fileTitle')}</PageHeading>
      <ErrorSummary errors={errors.map((e) => ({ fieldId: fieldId(e.field), message: e.detail }))} attempt={attempt} />
      <p>{t('staff.fileIntro')}</p>
      <form onSubmit={preventing(start)} noValidate>
        <PlainField name="accountPhone" label={t('staff.accountPhone')} errors={errors}>
          {(p) => <input {...p} type="tel" inputMode="tel" autoComplete="off" value={accountPhone} onChange={(e) => setAccountPhone(e.target.value)} />}
        </PlainField>
        <fieldset className="field">
          <legend className="legend">{t('staff.channel')}</legend>
          {(['counter', 'homeVisit'] as const).map((c) => (
            <div className="checkbox-field" key={c}>
              <input type="radio" name="channel" id={`channel-${c}`} checked={channel === c} onChange={() => setChannel(c)} />
              <label htmlFor={`channel-${c}`}>{t(`channel.${c}`)}</label>
            </div>
          ))}
        </fieldset>
        <SubmitButton busy={false}>{t('staff.fileStart')}</SubmitButton>
      </form>
      <p>
        <Link href="/staff/file-benefit">{t('benefits.filing.link')}</Link>
      </p>
    </>
  );
}
