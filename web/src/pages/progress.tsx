import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api';
import { lookUpProgress, type Progress } from '../features/progress/progress';
import { PageHeading } from '../components/page-heading';
import { PlainField, SubmitButton, preventing, useProblemForm } from '../components/plain-form';
import { UntilReady } from '../components/until-ready';

/**
 * 办件查询 without signing in: the receipt reference and the last 6 characters of the ID number give the
 * status and the next step — no name, no number, no document. "No such matter" and "wrong digits" read the same.
 */
export default function ProgressLookup() {
  const { t } = useTranslation();
  const form = useProblemForm();
  const [reference, setReference] = useState('');
  const [idLast6, setIdLast6] = useState('');
  const [found, setFound] = useState<Progress | null>();
  const resultRef = useRef<HTMLDivElement>(null);

  const look = () =>
    void form.run(async () => {
      try {
        const { progress } = await lookUpProgress(reference.trim().toUpperCase(), idLast6.trim().toUpperCase());
        flushSync(() => setFound(progress));
      } catch (error) {
        if (!(error instanceof ApiProblem) || error.status !== 404) throw error;
        flushSync(() => setFound(null));
      }
      resultRef.current?.focus();
    });

  return (
    <>
      <PageHeading title={t('progress.title')}>{t('progress.title')}</PageHeading>
      <p>{t('progress.intro')}</p>
      {form.summary}
      <form onSubmit={preventing(look)} noValidate>
        <UntilReady>
        <PlainField name="reference" label={t('progress.reference')} hint={t('progress.referenceHint')} errors={form.errors}>
          {(p) => <input {...p} autoComplete="off" spellCheck={false} value={reference} onChange={(e) => setReference(e.target.value)} />}
        </PlainField>
        <PlainField name="idLast6" label={t('progress.idLast6')} hint={t('progress.idLast6Hint')} errors={form.errors}>
          {(p) => <input {...p} autoComplete="off" spellCheck={false} maxLength={6} value={idLast6} onChange={(e) => setIdLast6(e.target.value)} />}
        </PlainField>
          <SubmitButton busy={form.busy}>{t('progress.look')}</SubmitButton>
        </UntilReady>
      </form>
      <div ref={resultRef} tabIndex={-1} role="status" aria-live="polite">
        {found === null && <p className="banner">{t('progress.notFound')}</p>}
        {found && (
          <section className="card status-panel" aria-labelledby="progress-result">
            <h2 id="progress-result">
              {t(`matter.${found.matter}`, { defaultValue: found.matter })} <span className="reference-inline">{found.reference}</span>
            </h2>
            <dl className="compact">
              <div>
                <dt>{t('mine.status')}</dt>
                <dd>{t(`status.${found.status}.label`, { defaultValue: found.status })}</dd>
              </div>
              <div>
                <dt>{t('mine.nextStep')}</dt>
                <dd>{t(`status.${found.status}.next`, { defaultValue: '' })}</dd>
              </div>
              {found.dueOn && (
                <div>
                  <dt>{found.waitingForApplicant ? t('progress.yourDue') : t('progress.promisedDue')}</dt>
                  <dd>{found.dueOn}</dd>
                </div>
              )}
              <div>
                <dt>{t('progress.updatedOn')}</dt>
                <dd>{found.updatedOn}</dd>
              </div>
            </dl>
            {found.waitingForApplicant && <p>{t('progress.signInToAct')}</p>}
          </section>
        )}
      </div>
    </>
  );
}
