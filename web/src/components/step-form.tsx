/** One step of the application form: its questions, saved as a draft on the way on; unsaved typing is kept in the tab. */
import { useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { useLocation } from 'wouter';
import { parseIdNumber } from '../../../functions/domain/id-number';
import { RELATIONSHIPS, type DraftAnswers } from '../../../functions/applications/schemas';
import { CATEGORIES } from '../../../functions/applications/materials';
import { isMasked } from '../../../functions/matters/sensitive-answers';
import { ApiProblem } from '../api';
import { saveDraft } from '../features/applications/drafts';
import type { ApplicationDetail } from '../features/applications/application';
import { districtOptions, localised, useDistricts } from '../features/districts/districts';
import { ErrorSummary, focusTarget, withPageError } from './error-summary';
import { Agree, Choice, TextInput } from './fields';
import { showProblem, summaryOf } from '../form-errors';
import { STEP_FIELDS, STEPS, stepSchema, withStepAnswers, type Step } from '../steps';
import { applicationKeys } from '../features/applications/application-keys';

/** The next step, or check-your-answers when the person came from there to change one answer. */
export function nextPath(id: string, step: Step, returnToCheck: boolean): string {
  const index = STEPS.indexOf(step);
  return returnToCheck || index === STEPS.length - 1 ? `/applications/${id}/check` : `/applications/${id}/step/${STEPS[index + 1]}`;
}

function backupKey(id: string, step: Step) {
  return `onevisit.draft.${id}.${step}`;
}

export function StepForm({ detail, step, returnToCheck }: { detail: ApplicationDetail; step: Exclude<Step, 'documents'>; returnToCheck: boolean }) {
  const { t, i18n } = useTranslation();
  const [, navigate] = useLocation();
  const queryClient = useQueryClient();
  const districts = useDistricts();
  const { application } = detail;
  const answers = application.answers;
  const [attempt, setAttempt] = useState(0);
  const [pageError, setPageError] = useState<string>();
  const fields = STEP_FIELDS[step];

  // Typed but unsaved values survive a closed tab or an expired session on this device.
  const backup = JSON.parse(sessionStorage.getItem(backupKey(application.id, step)) ?? '{}') as Record<string, unknown>;
  const defaults = { ...Object.fromEntries(fields.map((f) => [f, answers[f as keyof DraftAnswers]])), ...backup };
  if (step === 'delivery' && !defaults.deliveryAddress && answers.currentAddress) defaults.deliveryAddress = answers.currentAddress;

  // A refused form focuses its error summary, which names every problem, not its first field.
  const form = useForm<Record<string, unknown>>({ resolver: zodResolver(stepSchema(step, answers) as never), defaultValues: defaults, shouldFocusError: false });
  const values = useWatch({ control: form.control });
  useEffect(() => {
    sessionStorage.setItem(backupKey(application.id, step), JSON.stringify(values));
  }, [values, application.id, step]);

  // A "Change" link names the question in the address: focus lands on it rather than on the heading.
  useEffect(() => {
    const target = window.location.hash ? focusTarget(window.location.hash.slice(1)) : undefined;
    target?.focus();
    target?.scrollIntoView({ block: 'center' });
  }, []);

  const save = async (stepValues: Record<string, unknown>, then: string) => {
    setPageError(undefined);
    try {
      await saveDraft(application.id, application.version, withStepAnswers(answers, step, stepValues));
      sessionStorage.removeItem(backupKey(application.id, step));
      await queryClient.invalidateQueries({ queryKey: applicationKeys.detail(application.id) });
      navigate(then);
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 409) {
        await queryClient.invalidateQueries({ queryKey: applicationKeys.detail(application.id) });
        setPageError(t('problems.stale'));
      } else {
        setPageError(showProblem(error, form.setError, fields, t));
      }
      setAttempt((n) => n + 1);
    }
  };

  const onContinue = form.handleSubmit(
    (v) => save(v, nextPath(application.id, step, returnToCheck)),
    () => setAttempt((n) => n + 1),
  );
  const onSaveLater = () => save(form.getValues(), `/applications?saved=${application.id}`);

  const forOther = answers.forWhom === 'other';
  const idFacts = typeof values.personIdNumber === 'string' ? parseIdNumber(values.personIdNumber) : undefined;
  const districtCode = (values.districtCode as string | undefined) ?? answers.districtCode;
  const handlingName = districts.data?.districts.find((d) => d.code === districtCode);
  const hukouName = typeof values.hukouDistrictName === 'string' ? values.hukouDistrictName.trim() : '';
  const crossRegion = handlingName && hukouName.length > 1 && !localised(handlingName.name, 'zh-CN').includes(hukouName) && !handlingName.name.en.includes(hukouName);

  return (
    <form onSubmit={onContinue} noValidate>
      <ErrorSummary errors={withPageError(pageError, summaryOf(form.formState.errors, fields))} attempt={attempt} />
      {step === 'person' && (
        <>
          <TextInput control={form.control} name="personName" label={t('form.personName')} hint={t('form.personNameHint')} autoComplete="off" maxLength={60} />
          <TextInput
            control={form.control}
            name="personIdNumber"
            label={t('form.personIdNumber')}
            hint={isMasked(answers.personIdNumber) ? t('form.maskedKept') : answers.hasIdCard === false ? t('form.personIdNumberHukouHint') : t('form.personIdNumberHint')}
            autoComplete="off"
            maxLength={30}
          />
          {idFacts?.ok && (
            <p className="derived" role="status">
              {t('form.derived', { birthDate: idFacts.facts.birthDate, sex: t(`form.${idFacts.facts.sex}`) })}
            </p>
          )}
          <TextInput
            control={form.control}
            name="personPhone"
            label={forOther ? t('form.personPhoneOptional') : t('form.personPhone')}
            hint={isMasked(answers.personPhone) ? t('form.maskedKept') : t('form.personPhoneHint')}
            inputMode="tel"
            autoComplete={forOther ? 'off' : 'tel'}
            maxLength={20}
          />
          {forOther && (
            <>
              <Choice
                control={form.control}
                name="relationship"
                label={t('form.relationship')}
                options={RELATIONSHIPS.map((r) => ({ value: r, label: t(`form.relationships.${r}`) }))}
              />
              <TextInput control={form.control} name="agentName" label={t('form.agentName')} autoComplete="name" maxLength={60} />
              <TextInput control={form.control} name="agentPhone" label={t('form.agentPhone')} hint={isMasked(answers.agentPhone) ? t('form.maskedKept') : t('form.agentPhoneHint')} inputMode="tel" autoComplete="tel" maxLength={20} />
            </>
          )}
          <Choice
            control={form.control}
            name="category"
            label={t('start.category')}
            hint={t('start.categoryHint')}
            options={CATEGORIES.map((c) => ({ value: c, label: t(`categories.${c}`) }))}
          />
        </>
      )}
      {step === 'address' && (
        <>
          <TextInput control={form.control} name="hukouAddress" label={t('form.hukouAddress')} hint={t('form.hukouAddressHint')} maxLength={200} />
          <TextInput control={form.control} name="hukouDistrictName" label={t('form.hukouDistrictName')} hint={t('form.hukouDistrictNameHint')} maxLength={60} />
          <TextInput control={form.control} name="currentAddress" label={t('form.currentAddress')} hint={t('form.currentAddressHint')} autoComplete="street-address" maxLength={200} />
          <Choice
            control={form.control}
            name="districtCode"
            label={t('form.districtCode')}
            options={districtOptions(districts.data?.districts, i18n.language)}
          />
          {crossRegion && <p className="banner info">{t('form.crossRegion')}</p>}
        </>
      )}
      {step === 'delivery' && (
        <>
          <Choice
            control={form.control}
            name="delivery"
            label={t('form.delivery')}
            options={[
              { value: 'express', label: t('form.deliveryExpress') },
              { value: 'pickup', label: t('form.deliveryPickup') },
            ]}
          />
          {values.delivery === 'express' && (
            <TextInput control={form.control} name="deliveryAddress" label={t('form.deliveryAddress')} hint={t('form.deliveryAddressHint')} maxLength={200} />
          )}
        </>
      )}
      {step === 'consent' && (
        <>
          <h2>{t('form.consentTitle')}</h2>
          <p className="consent-text">{t('form.consentText')}</p>
          <Agree control={form.control} name="consent" label={t('form.consent')} />
        </>
      )}
      <div className="actions">
        <Button type="submit" className="button primary" isDisabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t('common.saving') : t('common.continue')}
        </Button>
        <Button className="button secondary" onPress={() => void onSaveLater()} isDisabled={form.formState.isSubmitting}>
          {t('common.saveLater')}
        </Button>
      </div>
    </form>
  );
}

