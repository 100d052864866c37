/**
 * A stage reviewer's decisions on a benefit matter, one small form each, only those the matter offers
 * them now: pass (civil affairs confirms the income check), one batch of corrections, refuse with the
 * reason written out (the appeal route is shown, and goes into the notice), end the public notice once
 * it has run, or record an objection received during it (which sends the matter back to civil affairs).
 */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldProblem } from '../../api';
import type { ReviewDecisionBody } from '../../features/benefits/reviews';
import { PlainField, SubmitButton, preventing } from '../plain-form';
import { BENEFIT_MATERIALS } from '../../../../functions/benefits/benefit-terms';

export type ReviewAction = ReviewDecisionBody['action'];
type Send = (action: ReviewAction, fields?: Record<string, unknown>) => void;
const PASS = ['passTownship', 'passFederation', 'passCivilAffairs'] as const;
const REFUSE = ['refuseTownship', 'refuseFederation', 'refuseCivilAffairs'] as const;
const SUBJECTS = ['answers', 'bankAccount', ...BENEFIT_MATERIALS] as const;

function Card({ action, busy, danger, onSubmit, children }: { action: ReviewAction; busy: boolean; danger?: boolean; onSubmit: () => void; children?: ReactNode }) {
  const { t } = useTranslation();
  const title = t(`benefits.review.actions.${action}`);
  return (
    <form className="card decision" aria-label={title} onSubmit={preventing(onSubmit)} noValidate>
      <h3>{title}</h3>
      {children}
      <SubmitButton busy={busy} {...(danger ? { danger } : {})}>
        {title}
      </SubmitButton>
    </form>
  );
}

function Text({ name, label, hint, errors, value, set }: { name: string; label: string; hint?: string; errors: FieldProblem[]; value: string; set: (v: string) => void }) {
  return (
    <PlainField name={name} label={label} {...(hint ? { hint } : {})} errors={errors}>
      {(p) => <textarea {...p} value={value} onChange={(e) => set(e.target.value)} maxLength={500} />}
    </PlainField>
  );
}

function PassForm({ action, busy, errors, send }: { action: (typeof PASS)[number]; busy: boolean; errors: FieldProblem[]; send: Send }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [income, setIncome] = useState(false);
  const civil = action === 'passCivilAffairs';
  return (
    <Card action={action} busy={busy} onSubmit={() => send(action, { ...(note.trim() ? { note } : {}), ...(civil ? { incomeChecked: income || undefined } : {}) })}>
      {civil && (
        <div className="field checkbox-field">
          <input id="field-incomeChecked" type="checkbox" checked={income} onChange={(e) => setIncome(e.target.checked)} />
          <label htmlFor="field-incomeChecked">{t('benefits.review.incomeChecked')}</label>
        </div>
      )}
      <Text name="note" label={t('benefits.review.note')} hint={t('common.optional')} errors={errors} value={note} set={setNote} />
    </Card>
  );
}

function RefuseForm({ action, busy, errors, send, appeal }: { action: (typeof REFUSE)[number]; busy: boolean; errors: FieldProblem[]; send: Send; appeal: string }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  return (
    <Card action={action} busy={busy} danger onSubmit={() => send(action, { reason })}>
      <Text name="reason" label={t('benefits.review.reason')} hint={t('benefits.review.reasonHint', { appeal })} errors={errors} value={reason} set={setReason} />
    </Card>
  );
}

function CorrectionForm({ busy, errors, send }: { busy: boolean; errors: FieldProblem[]; send: Send }) {
  const { t } = useTranslation();
  const [subject, setSubject] = useState('');
  const [note, setNote] = useState('');
  return (
    <Card action="requestCorrection" busy={busy} onSubmit={() => send('requestCorrection', { items: [{ subject, note }] })}>
      <p className="hint">{t('benefits.review.onceOnly')}</p>
      <PlainField name="items.0.subject" label={t('staff.subject')} errors={errors}>
        {(p) => (
          <select {...p} value={subject} onChange={(e) => setSubject(e.target.value)}>
            <option value="">—</option>
            {SUBJECTS.map((s) => (
              <option key={s} value={s}>
                {t(`benefits.subject.${s}`)}
              </option>
            ))}
          </select>
        )}
      </PlainField>
      <Text name="items.0.note" label={t('staff.note')} errors={errors} value={note} set={setNote} />
    </Card>
  );
}

function ObjectionForm({ busy, errors, send }: { busy: boolean; errors: FieldProblem[]; send: Send }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  return (
    <Card action="recordObjection" busy={busy} danger onSubmit={() => send('recordObjection', { note })}>
      <p className="hint">{t('benefits.review.objectionIntro')}</p>
      <Text name="note" label={t('benefits.review.objection')} hint={t('benefits.review.objectionHint')} errors={errors} value={note} set={setNote} />
    </Card>
  );
}

export function ReviewDecisions({ actions, busy, errors, send, appeal, noticeEndsOn }: { actions: string[]; busy: boolean; errors: FieldProblem[]; send: Send; appeal: string; noticeEndsOn?: string | undefined }) {
  const { t } = useTranslation();
  const offered = (a: string) => actions.includes(a);
  if (![...PASS, ...REFUSE, 'requestCorrection', 'endNotice', 'recordObjection'].some(offered)) return <p>{t('benefits.review.nothingToDecide')}</p>;
  return (
    <div className="decisions">
      {PASS.filter(offered).map((a) => (
        <PassForm key={a} action={a} busy={busy} errors={errors} send={send} />
      ))}
      {offered('requestCorrection') && <CorrectionForm busy={busy} errors={errors} send={send} />}
      {REFUSE.filter(offered).map((a) => (
        <RefuseForm key={a} action={a} busy={busy} errors={errors} send={send} appeal={appeal} />
      ))}
      {offered('endNotice') && (
        <Card action="endNotice" busy={busy} onSubmit={() => send('endNotice')}>
          {noticeEndsOn && <p className="hint">{t('benefits.review.endNoticeWhen', { endsOn: noticeEndsOn })}</p>}
        </Card>
      )}
      {offered('recordObjection') && <ObjectionForm busy={busy} errors={errors} send={send} />}
    </div>
  );
}
