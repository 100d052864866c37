/**
 * What the person adds to a pre-filled benefit draft: consent to each register (the consent names the
 * register and why), what no register holds (household where not confirmed, other allowances, the
 * institution, the benefit's own questions), the bank account, and the declaration. Checked with the
 * API's own rules, then saved and sent in one press; the server's findings are listed the same way.
 */
import { useEffect, useState } from 'react';
import { get, useForm, type Control, type FieldError, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { lazyResolver } from '../../lazy-resolver';
import { ApiProblem } from '../../api';
import type { BenefitView } from '../../features/benefits/benefit-application';
import type { BenefitDraftForm } from '../../../../functions/benefits/schemas';
import { ALLOWANCES, HOUSEHOLD_STATUSES } from '../../../../functions/benefits/benefit-terms';
import { Agree, Choice, Several, TextInput, YesNo } from '../fields';
import { ErrorSummary, type SummaryError } from '../error-summary';
import { fieldId } from '../field-id';
import { formErrorText } from '../../field-message';
import { PersonAnswers, PERSON_FIELDS } from './person-answers';

type Values = Record<string, unknown>;
const check = lazyResolver<Values, unknown, BenefitDraftForm>(() => import('../../../../functions/benefits/schemas').then((m) => m.benefitDraftForm));
const checkWithoutCard = lazyResolver<Values, unknown, BenefitDraftForm>(() => import('../../../../functions/benefits/schemas').then((m) => m.benefitDraftFormWithoutCard));
const FIELDS = [...PERSON_FIELDS, 'consents', 'household', 'allowances', 'institutionId', 'facts.lowerLimb', 'facts.ownsMotorisedWheelchair', 'facts.dwellingModifiable', 'bankAccount.holderName', 'bankAccount.bankName', 'bankAccount.kind', 'bankAccount.accountNumber', 'declaration'];

function summary(errors: FieldErrors<Values>): SummaryError[] {
  const at = (name: string) => get(errors, name) as FieldError | undefined;
  return FIELDS.filter((name) => at(name)?.message).map((name) => ({ fieldId: fieldId(name), message: formErrorText(at(name), name) }));
}

export function DraftForm({ view, busy, onSend }: { view: BenefitView; busy: boolean; onSend: (values: BenefitDraftForm) => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const { application, benefit } = view;
  const answers = application.answers;
  const consented = Object.keys(answers.consents ?? {});
  // Without a card the person is typed in, and only before sending: a sent application stays about that person.
  const typedIn = !application.certificateNumber && application.status === 'draft';
  const [attempt, setAttempt] = useState(0);
  const [pageError, setPageError] = useState<string>();
  const form = useForm<Values, unknown, BenefitDraftForm>({
    resolver: (typedIn ? checkWithoutCard : check).resolver,
    shouldFocusError: false,
    defaultValues: {
      ...(!typedIn ? {} : { personName: answers.personName, personIdNumber: answers.personIdNumber, actingAs: answers.actingAs, agentName: answers.agentName, hasDiagnosis: answers.hasDiagnosis }),
      consents: consented,
      household: answers.household,
      allowances: (answers.allowances ?? []).map((a) => a.kind),
      institutionId: answers.institutionId,
      facts: answers.facts ?? {},
      bankAccount: { holderName: '', bankName: '', kind: 'card', accountNumber: '' },
    },
  });
  const control = form.control as Control<Values>;
  useEffect(() => (typedIn ? checkWithoutCard : check).preload(), []);
  const civilAffairsAsked = consented.includes('civilAffairs');

  const send = form.handleSubmit(
    async (values) => {
      setPageError(undefined);
      try {
        await onSend(values);
      } catch (error) {
        if (!(error instanceof ApiProblem)) return (setPageError(t('common.networkError')), setAttempt((n) => n + 1));
        const unplaced: string[] = [];
        for (const p of error.errors) {
          const field = p.field.replace(/^answers\./, '');
          if (FIELDS.includes(field)) form.setError(field, { type: 'server', message: p.detail });
          else unplaced.push(p.detail);
        }
        setPageError(unplaced.length || !error.errors.length ? [error.title, ...unplaced].join(t('common.sentenceBreak')) : undefined);
        setAttempt((n) => n + 1);
      }
    },
    () => setAttempt((n) => n + 1),
  );

  return (
    <form onSubmit={(e) => void send(e)} noValidate>
      <ErrorSummary errors={[...(pageError ? [{ message: pageError }] : []), ...summary(form.formState.errors)]} attempt={attempt} />
      {typedIn && <PersonAnswers control={control} benefit={benefit} />}
      {benefit.lookups.length > 0 && (
        <Several
          control={control}
          name="consents"
          label={t('benefits.form.consents')}
          hint={t('benefits.form.consentsHint')}
          options={benefit.lookups.map((l) => ({ value: l.register, label: t('benefits.form.consentText', { purpose: l.purpose[lang] }) }))}
        />
      )}
      {benefit.asksHousehold && !civilAffairsAsked && (
        <Choice control={control} name="household" label={t('benefits.check.household')} options={HOUSEHOLD_STATUSES.map((h) => ({ value: h, label: t(`benefits.household.${h}`) }))} />
      )}
      <Several control={control} name="allowances" label={t('benefits.check.allowances')} hint={t('benefits.check.allowancesHint')} options={ALLOWANCES.map((a) => ({ value: a, label: t(`benefits.allowance.${a}`) }))} />
      {benefit.institutions.length > 0 && (
        <Choice control={control} name="institutionId" label={t('benefits.form.institution')} options={benefit.institutions.map((i) => ({ value: i.id, label: i.name[lang] }))} />
      )}
      {benefit.facts.map((f) => (
        <YesNo key={f} control={control} name={`facts.${f}`} label={t(`benefits.facts.${f}`)} />
      ))}
      {benefit.paidTo === 'applicant' && (
        <fieldset className="field">
          <legend className="legend">{t('benefits.form.bank')}</legend>
          <p className="hint">{application.bankAccount ? t('benefits.form.bankKept', { masked: application.bankAccount.masked }) : t('benefits.form.bankHint')}</p>
          <TextInput control={control} name="bankAccount.holderName" label={t('benefits.form.holderName')} autoComplete="name" />
          <TextInput control={control} name="bankAccount.bankName" label={t('benefits.form.bankName')} />
          <Choice control={control} name="bankAccount.kind" label={t('benefits.form.kind')} options={[{ value: 'card', label: t('benefits.form.card') }, { value: 'passbook', label: t('benefits.form.passbook') }]} />
          <TextInput control={control} name="bankAccount.accountNumber" label={t('benefits.form.accountNumber')} hint={t('benefits.form.accountNumberHint')} inputMode="numeric" autoComplete="off" maxLength={40} />
        </fieldset>
      )}
      <Agree control={control} name="declaration" label={t('benefits.form.declaration')} />
      <Button type="submit" className="button primary" isDisabled={busy}>
        {busy ? t('benefits.form.sending') : application.status === 'awaiting_correction' ? t('benefits.form.resend') : t('benefits.form.send')}
      </Button>
    </form>
  );
}
