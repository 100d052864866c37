/**
 * "What can I get?" (能享受哪些补贴): anyone answers a few questions, one per page, and sees for every
 * benefit of their district likely / not likely / need to check, why, how much and what to prepare.
 * A signed-in card holder is not asked what the card says. The same engine decides on the server.
 */
import { useEffect, useState } from 'react';
import { useForm, useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { useLocation } from 'wouter';
import { lazyResolver } from '../../lazy-resolver';
import { newIdempotencyKey } from '../../api';
import { useSession } from '../../session';
import { districtOptions, useDistricts } from '../../features/districts/districts';
import { useCertificates } from '../../features/certificates/certificates';
import { useEligibility, type CheckBody, type CheckResult } from '../../features/benefits/check';
import { forgetCheck, recallCheck, rememberCheck } from '../../features/benefits/check-memory';
import { startBenefit } from '../../features/benefits/benefit-application';
import { PageHeading } from '../../components/page-heading';
import { ErrorSummary } from '../../components/error-summary';
import { Choice, Several, TextInput, YesNo } from '../../components/fields';
import { CheckResults } from '../../components/benefits/check-results';
import { CardAnswers } from '../../components/benefits/card-answers';
import { summaryOf } from '../../form-errors';
import { ALLOWANCES, HOUSEHOLD_STATUSES } from '../../../../functions/benefits/benefit-terms';

export interface CheckForm {
  districtCode?: string;
  hasCard?: boolean;
  category?: number;
  grade?: number;
  hasDiagnosis?: boolean;
  age?: string;
  household?: string;
  allowances?: string[];
}

/** The form's answers as the API asks them: the age a number, the allowances as records. */
export function toBody(f: CheckForm): unknown {
  const age = f.age === undefined || f.age.trim() === '' ? undefined : /^\d+$/.test(f.age.trim()) ? Number(f.age) : Number.NaN;
  return {
    districtCode: f.districtCode,
    hasCard: f.hasCard,
    ...(f.hasCard ? { category: f.category, grade: f.grade } : {}),
    ...(f.hasCard === false ? { hasDiagnosis: f.hasDiagnosis } : {}),
    age,
    household: f.household,
    allowances: (f.allowances ?? []).map((kind) => ({ kind })),
  };
}

const check = lazyResolver<CheckForm, unknown, CheckBody>(() =>
  Promise.all([import('zod'), import('../../../../functions/benefits/schemas')]).then(([z, m]) => z.preprocess(toBody, m.checkBody)),
);

const QUESTIONS = { district: ['districtCode'], card: ['hasCard', 'category', 'grade', 'hasDiagnosis'], age: ['age'], household: ['household'], allowances: ['allowances'] } as const;
type Question = keyof typeof QUESTIONS;
const ALL: Question[] = ['district', 'card', 'age', 'household', 'allowances'];
const AFTER_CARD: Question[] = ['household', 'allowances'];

export default function BenefitCheck() {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const [, navigate] = useLocation();
  const districts = useDistricts();
  const cards = useCertificates(!!session);
  const card = cards.data?.certificates.find((c) => c.status === 'valid' && !c.expired && c.age !== undefined);
  const [remembered] = useState(() => recallCheck<CheckForm>());
  const [fromCard, setFromCard] = useState(false);
  const [step, setStep] = useState(0);
  const [body, setBody] = useState<CheckBody | undefined>(remembered?.body);
  const [attempt, setAttempt] = useState(0);
  const [applyError, setApplyError] = useState<string>();
  const form = useForm<CheckForm, unknown, CheckBody>({ resolver: check.resolver, shouldFocusError: false, defaultValues: remembered?.form ?? { allowances: [] } });
  // The fields see the form's own values; the resolver turns them into the API's answers.
  const control = form.control as unknown as Control<CheckForm>;
  const hasCard = useWatch({ control, name: 'hasCard' });
  const results = useEligibility(body);

  useEffect(() => check.preload(), []);
  const useCard = () => {
    if (!card) return;
    form.reset({ districtCode: card.districtCode, hasCard: true, category: card.category, grade: card.grade, age: String(card.age), allowances: [] });
    setFromCard(true);
    setStep(0);
  };
  useEffect(() => {
    if (card && !fromCard && !body && step === 0 && !form.formState.isDirty) useCard();
    // Only when the card arrives: choosing to answer by hand afterwards is respected.
  }, [card]);

  const steps = fromCard ? AFTER_CARD : ALL;
  const question = steps[step]!;
  const fields: string[] = [...QUESTIONS[question]];

  // The schema's card rule runs only once every answer parses, so a card's missing category or grade (or,
  // without a card, whether there is a diagnosis) is asked for here, on its own page, rather than at the end.
  const cardAnswered = () => {
    const asked = form.getValues('hasCard') ? (['category', 'grade'] as const) : (['hasDiagnosis'] as const);
    const missing = question === 'card' ? asked.filter((f) => form.getValues(f) === undefined) : [];
    for (const f of missing) form.setError(f, { type: 'required', message: 'error.choose' });
    return missing.length === 0;
  };
  const next = async () => {
    if (!(await form.trigger(fields as never)) || !cardAnswered()) return setAttempt((n) => n + 1);
    if (step < steps.length - 1) return setStep(step + 1);
    await form.handleSubmit(
      (values) => {
        rememberCheck({ form: form.getValues(), body: values, ...(fromCard && card ? { cardNumber: card.number } : {}) });
        setBody(values);
      },
      (errors) => {
        // Back to the first page whose answer is refused, where its question and error are shown.
        const first = steps.findIndex((q) => QUESTIONS[q].some((f) => f in errors));
        if (first >= 0) setStep(first);
        setAttempt((n) => n + 1);
      },
    )();
  };
  // With the card the answers came from, or — where a diagnosis stands in for one — for someone without a card.
  const applyAs = (r: CheckResult) => {
    if (!session) return undefined;
    if (card && (fromCard || remembered?.cardNumber === card.number)) return { certificateNumber: card.number };
    return body?.hasCard === false && r.benefit.diagnosisInstead ? { districtCode: body.districtCode } : undefined;
  };
  const apply = async (r: CheckResult) => {
    const as = applyAs(r);
    if (!as) return;
    setApplyError(undefined);
    try {
      const started = await startBenefit({ benefitId: r.benefit.id, ...as, consents: [] }, newIdempotencyKey());
      forgetCheck();
      navigate(`/benefits/applications/${started.application.id}`);
    } catch (error) {
      setApplyError(error instanceof Error ? error.message : t('common.networkError'));
    }
  };
  const again = () => {
    forgetCheck();
    setBody(undefined);
    setStep(0);
  };

  if (body) {
    return (
      <>
        <PageHeading title={t('benefits.check.resultsTitle')}>{t('benefits.check.resultsTitle')}</PageHeading>
        <CheckResults query={results} canApply={(r) => !!applyAs(r)} signedIn={!!session} onApply={apply} applyError={applyError} />
        <Button className="button secondary" onPress={again}>
          {t('benefits.check.again')}
        </Button>
      </>
    );
  }

  const title = t(`benefits.check.q.${question}`);
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p className="hint">{t('benefits.check.progress', { n: step + 1, of: steps.length })}</p>
      {step === 0 && <p>{t('benefits.check.intro')}</p>}
      <ErrorSummary errors={summaryOf(form.formState.errors, fields)} attempt={attempt} />
      {fromCard && card && <CardAnswers card={card} onAnswerMyself={() => { setFromCard(false); setStep(0); }} />}
      <form onSubmit={(e) => { e.preventDefault(); void next(); }} noValidate>
        {question === 'district' && (
          <Choice control={control} name="districtCode" label={t('benefits.check.district')} options={districtOptions(districts.data?.districts, i18n.language)} />
        )}
        {question === 'card' && (
          <>
            <YesNo control={control} name="hasCard" label={t('benefits.check.hasCard')} />
            {hasCard && (
              <>
                <Choice control={control} name="category" label={t('benefits.check.category')} options={[1, 2, 3, 4, 5, 6, 7].map((c) => ({ value: String(c), label: t(`categories.${c}`) }))} toForm={Number} />
                <Choice control={control} name="grade" label={t('benefits.check.grade')} hint={t('benefits.check.gradeHint')} options={[1, 2, 3, 4].map((g) => ({ value: String(g), label: t(`grade.${g}`) }))} toForm={Number} />
              </>
            )}
            {hasCard === false && <YesNo control={control} name="hasDiagnosis" label={t('benefits.check.hasDiagnosis')} hint={t('benefits.check.hasDiagnosisHint')} yes={t('benefits.check.diagnosisYes')} no={t('benefits.check.diagnosisNo')} />}
          </>
        )}
        {question === 'age' && <TextInput control={control} name="age" label={t('benefits.check.age')} hint={t('benefits.check.ageHint')} inputMode="numeric" maxLength={3} />}
        {question === 'household' && (
          <Choice control={control} name="household" label={t('benefits.check.household')} hint={t('benefits.check.householdHint')} options={[...HOUSEHOLD_STATUSES, 'unknown'].map((h) => ({ value: h, label: t(`benefits.household.${h}`) }))} />
        )}
        {question === 'allowances' && (
          <Several control={control} name="allowances" label={t('benefits.check.allowances')} hint={t('benefits.check.allowancesHint')} options={ALLOWANCES.map((a) => ({ value: a, label: t(`benefits.allowance.${a}`) }))} />
        )}
        <div className="actions">
          <Button type="submit" className="button primary">
            {step === steps.length - 1 ? t('benefits.check.show') : t('benefits.check.next')}
          </Button>
          {step > 0 && (
            <Button className="button secondary" onPress={() => setStep(step - 1)}>
              {t('benefits.check.previous')}
            </Button>
          )}
        </div>
      </form>
    </>
  );
}
