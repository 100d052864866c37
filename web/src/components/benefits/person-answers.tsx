/**
 * Without a card (where a diagnosis stands in for one, as for a child's rehabilitation) nothing is
 * pre-filled: who the application is for is typed in, with who applies and whether there is a diagnosis.
 */
import type { Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { BenefitView } from '../../features/benefits/benefit-application';
import { Choice, TextInput, YesNo } from '../fields';

export const PERSON_FIELDS = ['personName', 'personIdNumber', 'actingAs', 'agentName', 'hasDiagnosis'];

export function PersonAnswers({ control, benefit }: { control: Control<Record<string, unknown>>; benefit: BenefitView['benefit'] }) {
  const { t } = useTranslation();
  return (
    <fieldset className="field">
      <legend className="legend">{t('benefits.form.person')}</legend>
      <p className="hint">{t('benefits.form.personHint')}</p>
      <TextInput control={control} name="personName" label={t('benefits.form.personName')} hint={t('form.personNameHint')} autoComplete="off" />
      <TextInput control={control} name="personIdNumber" label={t('benefits.form.personIdNumber')} hint={t('form.personIdNumberHukouHint')} autoComplete="off" maxLength={25} />
      {!benefit.guardianApplies && (
        <Choice control={control} name="actingAs" label={t('benefits.review.actingAs')} options={(['self', 'guardian', 'agent'] as const).map((a) => ({ value: a, label: t(`benefits.actingAs.${a}`) }))} />
      )}
      <TextInput control={control} name="agentName" label={t('benefits.form.guardianName')} hint={benefit.guardianApplies ? t('benefits.form.guardianNameHint') : t('common.optional')} autoComplete="name" />
      {benefit.diagnosisInstead && <YesNo control={control} name="hasDiagnosis" label={t('benefits.form.hasDiagnosis')} hint={t('benefits.form.hasDiagnosisHint')} yes={t('benefits.check.diagnosisYes')} no={t('benefits.check.diagnosisNo')} />}
    </fieldset>
  );
}
