import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { newIdempotencyKey } from '../../api';
import { fileBenefit, type Register } from '../../features/benefits/benefit-application';
import { PageHeading } from '../../components/page-heading';
import { PlainField, SubmitButton, preventing, useProblemForm } from '../../components/plain-form';
import { REGISTERS } from '../../../../functions/benefits/benefit-terms';

/** 代办 of a benefit: the person's account, how it was filed, the benefit, their card, the registers they agree we ask. */
export default function FileBenefit() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const form = useProblemForm();
  const key = useRef(newIdempotencyKey());
  const [fields, setFields] = useState({ accountPhone: '', channel: 'counter' as 'counter' | 'homeVisit', benefitId: '', certificateNumber: '' });
  const [consents, setConsents] = useState<Register[]>([]);
  const names = t('benefits.names', { returnObjects: true }) as Record<string, string>;
  const set = (change: Partial<typeof fields>) => setFields({ ...fields, ...change });
  const start = () =>
    void form.run(async () => {
      const started = await fileBenefit({ ...fields, certificateNumber: fields.certificateNumber.trim().toUpperCase(), consents }, key.current).catch((error: unknown) => {
        key.current = newIdempotencyKey();
        throw error;
      });
      navigate(`/benefits/applications/${started.application.id}`);
    });

  return (
    <>
      <PageHeading title={t('benefits.filing.title')}>{t('benefits.filing.title')}</PageHeading>
      <p>{t('benefits.filing.intro')}</p>
      {form.summary}
      <form onSubmit={preventing(start)} noValidate>
        <PlainField name="accountPhone" label={t('staff.accountPhone')} errors={form.errors}>
          {(p) => <input {...p} type="tel" inputMode="tel" autoComplete="off" value={fields.accountPhone} onChange={(e) => set({ accountPhone: e.target.value })} />}
        </PlainField>
        <fieldset className="field">
          <legend className="legend">{t('staff.channel')}</legend>
          {(['counter', 'homeVisit'] as const).map((c) => (
            <div className="checkbox-field" key={c}>
              <input type="radio" name="channel" id={`channel-${c}`} checked={fields.channel === c} onChange={() => set({ channel: c })} />
              <label htmlFor={`channel-${c}`}>{t(`channel.${c}`)}</label>
            </div>
          ))}
        </fieldset>
        <PlainField name="benefitId" label={t('benefits.benefit')} errors={form.errors}>
          {(p) => (
            <select {...p} value={fields.benefitId} onChange={(e) => set({ benefitId: e.target.value })}>
              <option value="">—</option>
              {Object.entries(names).map(([id, name]) => (
                <option key={id} value={id}>
                  {name}
                </option>
              ))}
            </select>
          )}
        </PlainField>
        <PlainField name="certificateNumber" label={t('benefits.filing.certificateNumber')} hint={t('benefits.filing.certificateHint')} errors={form.errors}>
          {(p) => <input {...p} autoComplete="off" maxLength={25} value={fields.certificateNumber} onChange={(e) => set({ certificateNumber: e.target.value })} />}
        </PlainField>
        <fieldset className="field" id="field-consents">
          <legend className="legend">{t('benefits.filing.consents')}</legend>
          {REGISTERS.map((r) => (
            <div className="checkbox-field" key={r}>
              <input type="checkbox" id={`consent-${r}`} checked={consents.includes(r)} onChange={(e) => setConsents(e.target.checked ? [...consents, r] : consents.filter((x) => x !== r))} />
              <label htmlFor={`consent-${r}`}>{t(`benefits.register.${r}`)}</label>
            </div>
          ))}
        </fieldset>
        <SubmitButton busy={form.busy}>{t('benefits.filing.start')}</SubmitButton>
      </form>
    </>
  );
}
