/** On the staff matter: who may act for the person, and a delegation signed on paper at the counter, recorded with its scan. */
import { useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FileTrigger, Button } from 'react-aria-components';
import { newIdempotencyKey } from '../../api';
import { DELEGATE_RELATIONSHIPS, SCOPES, recordAtCounter, uploadPaper, type CounterDelegationForm } from '../../features/staff/delegations';
import { staffMatterKeys, type StaffView } from '../../features/staff/matter';
import { HelpersList } from '../family/helpers-list';
import { when } from '../status-panel';
import { PlainField, SubmitButton, preventing, useProblemForm } from '../plain-form';
import { fieldId } from '../field-id';

type Text = Record<string, string>;
const EMPTY: Text = { grantorKind: 'person', grantorName: '', delegateName: '', delegatePhone: '', relationship: '', endsOn: '' };

export function HelpersPanel({ view }: { view: StaffView }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const form = useProblemForm('paper');
  const [values, setValues] = useState<Text>(EMPTY);
  const [scopes, setScopes] = useState<string[]>(['follow']);
  const [scan, setScan] = useState<{ id: string; name: string }>();
  const [uploading, setUploading] = useState(false);
  const key = useRef(newIdempotencyKey());
  const id = view.application.id;
  const set = (name: string, value: string) => setValues((v) => ({ ...v, [name]: value }));
  const errors = form.errors.map((e) => ({ ...e, field: e.field ? `paper.${e.field}` : e.field }));

  const upload = (file: File) =>
    void form.run(async () => {
      setUploading(true);
      try {
        setScan({ id: await uploadPaper(id, file), name: file.name });
      } finally {
        setUploading(false);
      }
      return t('family.paper.scanReceived', { name: file.name });
    });
  const record = () =>
    void form.run(async () => {
      const body = Object.fromEntries(Object.entries({ ...values, documentId: scan?.id ?? '' }).filter(([, v]) => v !== '')) as CounterDelegationForm;
      await recordAtCounter(id, { ...body, scopes: scopes as CounterDelegationForm['scopes'] }, key.current);
      key.current = newIdempotencyKey();
      setValues(EMPTY);
      setScan(undefined);
      await queryClient.invalidateQueries({ queryKey: staffMatterKeys.detail(id) });
      return t('family.paper.recorded');
    });
  const text = (name: string, label: string, type = 'text') => (
    <PlainField name={`paper.${name}`} label={label} errors={errors}>
      {(p) => <input {...p} type={type} autoComplete="off" value={values[name]} onChange={(e) => set(name, e.target.value)} />}
    </PlainField>
  );

  return (
    <section aria-labelledby="helpers-heading">
      <h2 id="helpers-heading">{t('family.staffHelpers')}</h2>
      <p>{view.helpers.personLinked ? t('family.personLinked') : t('family.personNotLinked')}</p>
      <HelpersList helpers={view.helpers} showEnded />
      {view.undelivered.length > 0 && (
        <div className="banner warning">
          <h3>{t('family.undeliveredTitle')}</h3>
          <ul>
            {view.undelivered.map((u) => (
              <li key={u.id}>
                {t('family.undelivered', { to: String(u.detail?.to ?? ''), who: t(`family.recipient.${String(u.detail?.recipient ?? 'owner')}`), channel: t(`family.channel.${u.action}`), at: when(u.at, i18n.language) })}
              </li>
            ))}
          </ul>
        </div>
      )}
      <details className="card">
        <summary>{t('family.paper.title')}</summary>
        <p>{t('family.paper.intro')}</p>
        {form.summary}
        {form.status}
        <form onSubmit={preventing(record)} noValidate>
          <div className="field" id={fieldId('paper.documentId')}>
            <FileTrigger acceptedFileTypes={['image/jpeg', 'image/png', 'application/pdf']} onSelect={(files) => files?.[0] && upload(files[0])}>
              <Button className="button secondary" isDisabled={uploading}>
                {scan ? t('family.paper.replaceScan') : t('family.paper.addScan')}
              </Button>
            </FileTrigger>
            {scan && <p>{t('family.paper.scanReceived', { name: scan.name })}</p>}
          </div>
          <fieldset className="field" id={fieldId('paper.grantorKind')}>
            <legend className="legend">{t('family.paper.grantorKind')}</legend>
            {(['person', 'guardian'] as const).map((k) => (
              <div className="checkbox-field" key={k}>
                <input type="radio" name="grantorKind" id={`grantor-${k}`} checked={values.grantorKind === k} onChange={() => set('grantorKind', k)} />
                <label htmlFor={`grantor-${k}`}>{t(`family.paper.grantor.${k}`)}</label>
              </div>
            ))}
          </fieldset>
          {text('grantorName', t('family.paper.grantorName'))}
          {text('delegateName', t('family.delegateName'))}
          {text('delegatePhone', t('family.delegatePhone'), 'tel')}
          <PlainField name="paper.relationship" label={t('family.relationshipLabel')} errors={errors}>
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
          <fieldset className="field" id={fieldId('paper.scopes')}>
            <legend className="legend">{t('family.scopesLabel')}</legend>
            {SCOPES.map((s) => (
              <div className="checkbox-field" key={s}>
                <input type="checkbox" id={`paper-scope-${s}`} checked={scopes.includes(s)} onChange={(e) => setScopes((l) => (e.target.checked ? [...l, s] : l.filter((x) => x !== s)))} />
                <label htmlFor={`paper-scope-${s}`}>{t(`family.scope.${s}`)}</label>
              </div>
            ))}
          </fieldset>
          {text('endsOn', t('family.endsOn'), 'date')}
          <SubmitButton busy={form.busy || uploading}>{t('family.paper.record')}</SubmitButton>
        </form>
      </details>
    </section>
  );
}
