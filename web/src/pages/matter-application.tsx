import { useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Redirect, useLocation, useParams } from 'wouter';
import { ApiProblem, newIdempotencyKey } from '../api';
import { saveDraft } from '../features/applications/drafts';
import { submit as submitApplication } from '../features/applications/submission';
import { useApplication } from '../features/applications/application';
import { useDistricts } from '../features/districts/districts';
import { PageHeading } from '../components/page-heading';
import { MaterialUploads } from '../components/material-uploads';
import { PlainField, SubmitButton, preventing, useProblemForm } from '../components/plain-form';
import { materialsForMatter } from '../../../functions/applications/materials';
import type { CertificateMatter } from '../../../functions/certificates/statuses';
import { applicationKeys } from '../features/applications/application-keys';

/** A renewal, change, reissue or cancellation: the card's data is already known; only what this matter needs is asked. */
export default function MatterApplication() {
  const { t } = useTranslation();
  const { id } = useParams<{ id: string }>();
  const [, navigate] = useLocation();
  const queryClient = useQueryClient();
  const detail = useApplication(id);
  const districts = useDistricts();
  const form = useProblemForm();
  const key = useRef(newIdempotencyKey());
  const [fields, setFields] = useState<{ delivery?: string; deliveryAddress?: string; lossPromise?: boolean; consent?: boolean }>();

  if (detail.isPending) return <p role="status">{t('common.loading')}</p>;
  if (detail.isError) return <p role="alert">{detail.error instanceof ApiProblem ? detail.error.title : t('common.networkError')}</p>;
  const { application, documents } = detail.data;
  if (application.status !== 'draft' || application.matter === 'new') return <Redirect to={`/applications/${id}`} />;
  const matter = application.matter as CertificateMatter;
  const answers = { ...application.answers, ...fields };
  const set = (change: typeof fields) => setFields({ ...fields, ...change });
  const district = districts.data?.districts.find((d) => d.code === application.districtCode);
  const materials = district
    ? materialsForMatter(matter, { forWhom: answers.forWhom ?? 'self', actingAs: answers.actingAs ?? 'self', isMinor: false, category: answers.category ?? '1', hasIdCard: true }, district.rules)
    : [];
  const title = t('matterForm.title', { matter: t(`matter.${matter}`) });

  const submit = () =>
    void form.run(async () => {
      const saved = await saveDraft(id, application.version, answers);
      await submitApplication(id, saved.application.version, key.current).catch(async (error: unknown) => {
        key.current = newIdempotencyKey();
        await queryClient.invalidateQueries({ queryKey: applicationKeys.detail(id) });
        throw error;
      });
      await queryClient.invalidateQueries({ queryKey: applicationKeys.detail(id) });
      navigate(`/applications/${id}/receipt`);
    });

  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      {form.summary}
      <p>{t('matterForm.intro')}</p>
      <p>
        {t('common.labelled', { label: t('follow.certificateNumber'), value: '' })}
        <strong>{application.certificateNumber}</strong>
      </p>
      <form onSubmit={preventing(submit)} noValidate>
        {matter !== 'cancellation' && (
          <>
            <fieldset className="field" id="field-delivery">
              <legend className="legend">{t('matterForm.delivery')}</legend>
              {(['express', 'pickup'] as const).map((d) => (
                <div className="checkbox-field" key={d}>
                  <input type="radio" name="delivery" id={`delivery-${d}`} checked={answers.delivery === d} onChange={() => set({ delivery: d })} />
                  <label htmlFor={`delivery-${d}`}>{t(`matterForm.${d}`)}</label>
                </div>
              ))}
            </fieldset>
            {answers.delivery === 'express' && (
              <PlainField name="deliveryAddress" label={t('matterForm.address')} errors={form.errors}>
                {(p) => <input {...p} type="text" autoComplete="street-address" value={answers.deliveryAddress ?? ''} onChange={(e) => set({ deliveryAddress: e.target.value })} />}
              </PlainField>
            )}
          </>
        )}
        {matter === 'reissue' && (
          <div className="field checkbox-field">
            <input type="checkbox" id="field-lossPromise" checked={answers.lossPromise === true} onChange={(e) => set({ lossPromise: e.target.checked || undefined })} />
            <label htmlFor="field-lossPromise">{t('matterForm.lossPromise')}</label>
          </div>
        )}
        {materials.length > 0 && <h2>{t('matterForm.documents')}</h2>}
        {materials.map((item) => (
          <MaterialUploads key={item.kind} item={item} documents={documents} applicationId={id} />
        ))}
        <div className="field checkbox-field">
          <input type="checkbox" id="field-consent" checked={answers.consent === true} onChange={(e) => set({ consent: e.target.checked || undefined })} />
          <label htmlFor="field-consent">{t('matterForm.consent')}</label>
        </div>
        <SubmitButton busy={form.busy}>{t('matterForm.submit')}</SubmitButton>
      </form>
    </>
  );
}
