import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { newIdempotencyKey } from '../api';
import { startMatter, useCertificates } from '../features/certificates/certificates';
import { QueryState } from '../components/query-state';
import { PageHeading } from '../components/page-heading';
import { SubmitButton, preventing, useProblemForm } from '../components/plain-form';
import { fieldId } from '../components/field-id';
import type { CertificateSummary } from '../../../functions/certificates/certificate-matters';
import { CERTIFICATE_MATTERS } from '../../../functions/certificates/statuses';
import { CANCELLATION_REASONS } from '../../../functions/certificates/application';


function StartMatter({ certificate }: { certificate: CertificateSummary }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const prefix = `c${certificate.number}`;
  const form = useProblemForm(prefix);
  const [matter, setMatter] = useState('');
  const [reason, setReason] = useState('');
  const key = useRef(newIdempotencyKey());
  const today = new Date().toISOString().slice(0, 10);
  const start = () =>
    void form.run(async () => {
      const { application } = await startMatter(certificate.number, { ...(matter ? { matter } : {}), ...(matter === 'cancellation' && reason ? { reason } : {}) }, key.current).catch((error: unknown) => {
        key.current = newIdempotencyKey();
        throw error;
      });
      navigate(`/applications/${application.id}/matter`);
    });
  return (
    <form onSubmit={preventing(start)} noValidate aria-label={`${t('certificates.start')} ${certificate.number}`}>
      {form.summary}
      <fieldset className="field" id={fieldId(`${prefix}.matter`)}>
        <legend className="legend">{t('certificates.matterQuestion')}</legend>
        {CERTIFICATE_MATTERS.map((m) => (
          <div className="checkbox-field" key={m}>
            <input type="radio" name={`${prefix}-matter`} id={`${prefix}-${m}`} checked={matter === m} onChange={() => setMatter(m)} />
            <label htmlFor={`${prefix}-${m}`}>
              {t(`matter.${m}`)}
              {m === 'renewal' && certificate.renewableFrom > today && <span className="hint block">{t('certificates.renewableFrom', { date: certificate.renewableFrom })}</span>}
            </label>
          </div>
        ))}
      </fieldset>
      {matter === 'cancellation' && (
        <fieldset className="field" id={fieldId(`${prefix}.reason`)}>
          <legend className="legend">{t('certificates.reason')}</legend>
          {CANCELLATION_REASONS.map((r) => (
            <div className="checkbox-field" key={r}>
              <input type="radio" name={`${prefix}-reason`} id={`${prefix}-${r}`} checked={reason === r} onChange={() => setReason(r)} />
              <label htmlFor={`${prefix}-${r}`}>{t(`certificates.reasons.${r}`)}</label>
            </div>
          ))}
        </fieldset>
      )}
      <SubmitButton busy={form.busy}>{t('certificates.go')}</SubmitButton>
    </form>
  );
}

export default function Certificates() {
  const { t } = useTranslation();
  const list = useCertificates();
  return (
    <>
      <PageHeading title={t('certificates.title')}>{t('certificates.title')}</PageHeading>
      <QueryState query={list} />
      {list.data?.certificates.length === 0 && <p>{t('certificates.empty')}</p>}
      <ul className="application-list">
        {list.data?.certificates.map((c) => (
          <li key={c.number} className="card">
            <h2>
              {c.personName} · {t(`certificates.status.${c.status}`)}
            </h2>
            <dl className="compact">
              <div>
                <dt>{t('certificates.number')}</dt>
                <dd className="certificate-number">{c.number}</dd>
              </div>
              <div>
                <dt>{t('certificates.category')}</dt>
                <dd>{t(`categoryShort.${c.category}`)}</dd>
              </div>
              <div>
                <dt>{t('certificates.grade')}</dt>
                <dd>{t(`grade.${c.grade}`)}</dd>
              </div>
              <div>
                <dt>{t('certificates.validUntil')}</dt>
                <dd>{c.validUntil}</dd>
              </div>
            </dl>
            {c.status === 'valid' && <StartMatter certificate={c} />}
          </li>
        ))}
      </ul>
    </>
  );
}
