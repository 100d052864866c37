import { useEffect, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { Link, useLocation } from 'wouter';
import type { z } from 'zod';
import type { startQuestionsSchema, StartQuestions } from '../../../functions/applications/schemas';
import { lazyResolver } from '../lazy-resolver';
import { CATEGORIES, materialsFor } from '../../../functions/applications/materials';
import { newIdempotencyKey } from '../api';
import { createDraft } from '../features/applications/drafts';
import { useSession } from '../session';
import { districtOptions, useDistricts } from '../features/districts/districts';
import { PageHeading } from '../components/page-heading';
import { ErrorSummary, withPageError } from '../components/error-summary';
import { Choice, YesNo } from '../components/fields';
import { MaterialsList } from '../components/materials-list';
import { UntilReady } from '../components/until-ready';
import { showProblem, summaryOf } from '../form-errors';
import { FILING_KEY } from '../filing';

type Input = z.input<typeof startQuestionsSchema>;
// The same schema the handlers use, loaded once the page is live.
const check = lazyResolver<Input, unknown, StartQuestions>(() => import('../../../functions/applications/schemas').then((m) => m.startQuestionsSchema));
const ORDER = ['forWhom', 'actingAs', 'isMinor', 'category', 'hasIdCard', 'districtCode'];
const STORAGE_KEY = 'onevisit.startAnswers';


export default function StartApplication() {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const [, navigate] = useLocation();
  const districts = useDistricts();
  const [answers, setAnswers] = useState<StartQuestions>();
  const [attempt, setAttempt] = useState(0);
  const [pageError, setPageError] = useState<string>();
  const [creating, setCreating] = useState(false);
  const idempotencyKey = useRef(newIdempotencyKey());
  const listHeading = useRef<HTMLHeadingElement>(null);

  // A refused form focuses its error summary, which names every problem, not its first field.
  const form = useForm<Input, unknown, StartQuestions>({ resolver: check.resolver, shouldFocusError: false });
  const forWhom = useWatch({ control: form.control, name: 'forWhom' });

  // Answers given in this tab come back after signing in. Read after the first frame, which is the same
  // as the page drawn at build time.
  useEffect(() => {
    check.preload();
    const saved = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<Input> | null;
    if (saved) form.reset(saved);
    const subscription = form.watch((values) => sessionStorage.setItem(STORAGE_KEY, JSON.stringify(values)));
    return () => subscription.unsubscribe();
  }, [form]);

  useEffect(() => {
    if (answers) listHeading.current?.focus();
  }, [answers]);

  const district = districts.data?.districts.find((d) => d.code === answers?.districtCode);
  const materials = answers && district ? materialsFor(answers, district.rules) : undefined;

  const showList = form.handleSubmit(
    (values) => setAnswers(values),
    () => setAttempt((n) => n + 1),
  );

  const begin = async () => {
    if (!answers) return;
    setCreating(true);
    setPageError(undefined);
    try {
      // Staff filing on a person's behalf (代办) create the draft in that person's account.
      const filing = JSON.parse(sessionStorage.getItem(FILING_KEY) ?? 'null') as { accountPhone: string; channel: 'counter' | 'homeVisit' } | null;
      const { application } = await createDraft(answers, idempotencyKey.current, filing ?? undefined);
      sessionStorage.removeItem(STORAGE_KEY);
      sessionStorage.removeItem(FILING_KEY);
      navigate(`/applications/${application.id}/step/person`);
    } catch (error) {
      setPageError(showProblem(error, form.setError, ORDER, t));
      setAttempt((n) => n + 1);
      setCreating(false);
    }
  };

  return (
    <>
      <PageHeading title={t('start.title')}>{t('start.title')}</PageHeading>
      <ErrorSummary errors={withPageError(pageError, summaryOf(form.formState.errors, ORDER))} attempt={attempt} />
      <p>{t('start.intro')}</p>
      <form onSubmit={showList} noValidate onChange={() => setAnswers(undefined)}>
        <UntilReady>
          <Choice
            control={form.control}
            name="forWhom"
            label={t('start.forWhom')}
            options={[
              { value: 'self', label: t('start.forWhomSelf') },
              { value: 'other', label: t('start.forWhomOther') },
            ]}
            onValueChange={() => setAnswers(undefined)}
          />
          {forWhom === 'other' && (
            <Choice
              control={form.control}
              name="actingAs"
              label={t('start.actingAs')}
              hint={t('start.guardianRule')}
              options={[
                { value: 'guardian', label: t('start.actingAsGuardian') },
                { value: 'agent', label: t('start.actingAsAgent') },
              ]}
              onValueChange={() => setAnswers(undefined)}
            />
          )}
          <YesNo control={form.control} name="isMinor" label={t('start.isMinor')} />
          <Choice
            control={form.control}
            name="category"
            label={t('start.category')}
            hint={t('start.categoryHint')}
            options={CATEGORIES.map((c) => ({ value: c, label: t(`categories.${c}`) }))}
            onValueChange={() => setAnswers(undefined)}
          />
          <YesNo control={form.control} name="hasIdCard" label={t('start.hasIdCard')} yes={t('start.hasIdCardYes')} no={t('start.hasIdCardNo')} />
          <Choice
            control={form.control}
            name="districtCode"
            label={t('start.district')}
            hint={t('start.districtHint')}
            options={districtOptions(districts.data?.districts, i18n.language)}
            onValueChange={() => setAnswers(undefined)}
          />
          <Button type="submit" className="button secondary">
            {t('start.showList')}
          </Button>
        </UntilReady>
      </form>

      {materials && (
        <section aria-labelledby="materials-title" className="materials-section">
          <h2 id="materials-title" tabIndex={-1} ref={listHeading}>
            {t('start.listTitle')}
          </h2>
          <p>{t('start.listIntro')}</p>
          <MaterialsList items={materials} />
          {session ? (
            <Button className="button primary" onPress={() => void begin()} isDisabled={creating}>
              {creating ? t('start.beginning') : t('start.begin')}
            </Button>
          ) : (
            <Link className="button primary" href={`/sign-in?next=${encodeURIComponent('/apply')}`}>
              {t('start.signInFirst')}
            </Link>
          )}
        </section>
      )}
    </>
  );
}
