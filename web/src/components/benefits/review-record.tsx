/**
 * What a reviewer reads of a benefit matter: the person (ID and phone masked), what they said, what
 * each register answered, the materials, and the bank account masked — shown in full only on a request
 * with its purpose written down, which the audit trail keeps.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewView } from '../../features/benefits/reviews';
import { revealBankAccount } from '../../features/benefits/reviews';
import { PlainField, SubmitButton, preventing, useProblemForm } from '../plain-form';
import { when } from '../status-panel';

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function lookupText(t: (k: string, p?: Record<string, unknown>) => string, l: NonNullable<ReviewView['application']['lookups']>[keyof NonNullable<ReviewView['application']['lookups']>]): string {
  if (!l) return '';
  if (l.outcome === 'noAnswer') return t('benefits.review.noAnswer', { attempts: l.attempts });
  const f = (l.facts ?? {}) as Record<string, unknown>;
  if ('household' in f) return t(`benefits.household.${String(f.household)}`);
  if ('districtCode' in f) return f.districtCode ? t('benefits.review.hukouIn', { code: String(f.districtCode) }) : t('benefits.review.noRecord');
  if ('allowances' in f) return (f.allowances as { kind: string }[]).map((a) => t(`benefits.allowance.${a.kind}`)).join(t('common.listSeparator')) || t('benefits.review.noneHeld');
  if ('deceased' in f) return f.deceased ? t('benefits.review.deceased') : t('benefits.review.alive');
  return '';
}

export function ReviewRecord({ view, id }: { view: ReviewView; id: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const { application } = view;
  const a = application.answers;
  const form = useProblemForm('reveal');
  const [purpose, setPurpose] = useState('');
  const [full, setFull] = useState<string>();
  const reveal = () =>
    void form.run(async () => {
      setFull((await revealBankAccount(id, purpose)).accountNumber);
    });
  return (
    <>
      <h2>{t('benefits.review.person')}</h2>
      <dl className="compact">
        <Row label={t('form.personName')}>{String(a.personName ?? '—')}</Row>
        <Row label={t('form.personIdNumber')}>{String(a.personIdNumber ?? '—')}</Row>
        <Row label={t('benefits.review.actingAs')}>{t(`benefits.actingAs.${String(a.actingAs ?? 'self')}`)}{a.agentName ? ` · ${String(a.agentName)}` : ''}</Row>
        {a.household && <Row label={t('benefits.check.household')}>{t(`benefits.household.${a.household}`)}</Row>}
        <Row label={t('benefits.check.allowances')}>{(a.allowances ?? []).map((x) => t(`benefits.allowance.${x.kind}`)).join(t('common.listSeparator')) || t('benefits.review.noneHeld')}</Row>
        <Row label={t('benefits.check.hasCard')}>
          {application.certificateNumber ?? (a.hasDiagnosis === undefined ? t('benefits.review.noCard') : t('benefits.review.noCardDiagnosis', { answer: t(a.hasDiagnosis ? 'common.yes' : 'common.no') }))}
        </Row>
        {a.institutionId && <Row label={t('benefits.form.institution')}>{view.benefit.institutions.find((i) => i.id === a.institutionId)?.name[lang] ?? a.institutionId}</Row>}
      </dl>
      {application.notice && (
        <>
          <h2>{t('benefits.status.public_notice.label')}</h2>
          <p>{t('benefits.review.notice', { startsOn: application.notice.startsOn, endsOn: application.notice.endsOn })}</p>
          {application.notice.objections?.map((o) => (
            <p key={o.at}>{t('benefits.review.objectionRecorded', { at: when(o.at, i18n.language), note: o.note })}</p>
          ))}
        </>
      )}
      <h2>{t('benefits.review.registers')}</h2>
      <dl className="compact">
        {Object.values(application.lookups ?? {}).map((l) => l && <Row key={l.register} label={t(`benefits.register.${l.register}`)}>{lookupText(t, l)}</Row>)}
      </dl>
      {!application.lookups && <p>{t('benefits.review.noLookups')}</p>}
      <h2>{t('benefits.form.bank')}</h2>
      {application.bankAccount ? (
        <>
          <p>
            {application.bankAccount.holderName} · {application.bankAccount.bankName} · <span>{full ?? application.bankAccount.masked}</span>
          </p>
          {!full && (
            <form className="card" onSubmit={preventing(reveal)} noValidate aria-label={t('benefits.review.reveal')}>
              {form.summary}
              <PlainField name="reveal.purpose" label={t('benefits.review.purpose')} hint={t('benefits.review.purposeHint')} errors={form.errors.map((e) => ({ ...e, field: `reveal.${e.field}` }))}>
                {(p) => <input {...p} value={purpose} onChange={(e) => setPurpose(e.target.value)} maxLength={500} />}
              </PlainField>
              <SubmitButton busy={form.busy}>{t('benefits.review.reveal')}</SubmitButton>
            </form>
          )}
        </>
      ) : (
        <p>{t('benefits.review.noBank')}</p>
      )}
    </>
  );
}
