import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import { newIdempotencyKey } from '../api';
import { DELEGATE_RELATIONSHIPS, SCOPES, invite, type InviteForm, type Scope } from '../features/family/delegations';
import { PageHeading } from '../components/page-heading';
import { PlainField, SubmitButton, preventing, useProblemForm } from '../components/plain-form';
import { fieldId } from '../components/field-id';

/**
 * Invite a family member: who, how related, what they may do (the consent text says what they will see),
 * until when. The server checks everything with the shared schema and names each problem.
 */
export default function Invite() {
  const { t } = useTranslation();
  const { personId } = useParams<{ personId: string }>();
  const [, navigate] = useLocation();
  const form = useProblemForm();
  const key = useRef(newIdempotencyKey());
  const [values, setValues] = useState<{ delegatePhone: string; delegateName: string; relationship: string; endsOn: string; scopes: Scope[]; agreed: boolean }>({
    delegatePhone: '',
    delegateName: '',
    relationship: '',
    endsOn: '',
    scopes: ['follow'],
    agreed: false,
  });
  const set = <K extends keyof typeof values>(name: K, value: (typeof values)[K]) => setValues((v) => ({ ...v, [name]: value }));
  const toggle = (scope: Scope, on: boolean) => set('scopes', on ? [...values.scopes, scope] : values.scopes.filter((s) => s !== scope));
  const invalid = (name: string) => form.errors.some((e) => e.field === name) || undefined;

  const send = () =>
    void form.run(async () => {
      const body: InviteForm = {
        ...(values.delegatePhone ? { delegatePhone: values.delegatePhone } : {}),
        ...(values.delegateName ? { delegateName: values.delegateName } : {}),
        ...(values.relationship ? { relationship: values.relationship as InviteForm['relationship'] } : {}),
        scopes: values.scopes,
        ...(values.endsOn ? { endsOn: values.endsOn } : {}),
        ...(values.agreed ? { agreed: true } : {}),
      };
      const { delegation } = await invite(personId, body, key.current);
      navigate(`/people?invited=${encodeURIComponent(delegation.phoneMasked)}`);
    });

  return (
    <>
      <PageHeading title={t('family.inviteTitle')}>{t('family.inviteTitle')}</PageHeading>
      <p>{t('family.inviteIntro')}</p>
      {form.summary}
      <form onSubmit={preventing(send)} noValidate>
        <PlainField name="delegateName" label={t('family.delegateName')} errors={form.errors}>
          {(p) => <input {...p} autoComplete="off" value={values.delegateName} onChange={(e) => set('delegateName', e.target.value)} />}
        </PlainField>
        <PlainField name="delegatePhone" label={t('family.delegatePhone')} hint={t('family.delegatePhoneHint')} errors={form.errors}>
          {(p) => <input {...p} type="tel" inputMode="tel" autoComplete="off" value={values.delegatePhone} onChange={(e) => set('delegatePhone', e.target.value)} />}
        </PlainField>
        <PlainField name="relationship" label={t('family.relationshipLabel')} errors={form.errors}>
          {(p) => (
            <select {...p} value={values.relationship} onChange={(e) => set('relationship', e.target.value)}>
              <option value="">{t('family.choose')}</option>
              {DELEGATE_RELATIONSHIPS.map((r) => (
                <option key={r} value={r}>
                  {t(`family.relationship.${r}`)}
                </option>
              ))}
            </select>
          )}
        </PlainField>
        <fieldset className="field" id={fieldId('scopes')} aria-invalid={invalid('scopes')} aria-describedby="scopes-hint">
          <legend className="legend">{t('family.scopesLabel')}</legend>
          <span className="hint" id="scopes-hint">
            {t('family.scopesHint')}
          </span>
          {form.errors.filter((e) => e.field === 'scopes').map((e) => (
            <p className="field-error" key={e.code}>
              {e.detail}
            </p>
          ))}
          {SCOPES.map((s) => (
            <div className="checkbox-field" key={s}>
              <input type="checkbox" id={`scope-${s}`} checked={values.scopes.includes(s)} onChange={(e) => toggle(s, e.target.checked)} />
              <label htmlFor={`scope-${s}`}>
                <strong>{t(`family.scope.${s}`)}</strong> — {t(`family.scopeDescription.${s}`)}
              </label>
            </div>
          ))}
        </fieldset>
        <PlainField name="endsOn" label={t('family.endsOn')} hint={t('family.endsOnHint')} errors={form.errors}>
          {(p) => <input {...p} type="date" value={values.endsOn} onChange={(e) => set('endsOn', e.target.value)} />}
        </PlainField>
        <section className="card" aria-labelledby="consent-title">
          <h2 id="consent-title">{t('family.consentTitle')}</h2>
          <ul>
            {values.scopes.map((s) => (
              <li key={s}>{t(`family.consent.${s}`)}</li>
            ))}
            <li>{t('family.consentEnd')}</li>
          </ul>
          <div className="field checkbox-field">
            <input type="checkbox" id={fieldId('agreed')} checked={values.agreed} onChange={(e) => set('agreed', e.target.checked)} aria-invalid={invalid('agreed')} />
            <label htmlFor={fieldId('agreed')}>{t('family.agree')}</label>
          </div>
        </section>
        <div className="actions">
          <SubmitButton busy={form.busy}>{t('family.sendInvite')}</SubmitButton>
          <Link href="/people">{t('family.back')}</Link>
        </div>
      </form>
    </>
  );
}
