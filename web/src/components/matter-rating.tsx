/** 好差评: the one-time rating of a finished matter, on the application's page (follow-up.tsx). */
import { useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { newIdempotencyKey } from '../api';
import { rate } from '../features/applications/follow-up';
import type { ApplicationDetail } from '../features/applications/application';
import { PlainField, SubmitButton, preventing, useProblemForm } from './plain-form';
import type { useFocusOnAppear } from './focus-on-appear';
import { RATING_LEVELS } from '../../../functions/matters/matter';
import { applicationKeys } from '../features/applications/application-keys';

export function Rating({ detail, focusAfter }: { detail: ApplicationDetail; focusAfter: ReturnType<typeof useFocusOnAppear>['after'] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useProblemForm();
  const [level, setLevel] = useState<string>('');
  const [comment, setComment] = useState('');
  const key = useRef(newIdempotencyKey());
  const { application } = detail;
  const send = () =>
    void form.run(async () => {
      await focusAfter(() => rate(application.id, application.version, Number(level) || undefined, comment.trim() ? comment : undefined, key.current));
      await queryClient.invalidateQueries({ queryKey: applicationKeys.detail(application.id) });
    });
  return (
    <section className="card" aria-labelledby="rating-heading">
      <h2 id="rating-heading">{t('follow.rateTitle')}</h2>
      {form.summary}
      <form onSubmit={preventing(send)} noValidate>
        <fieldset className="field" id="field-level" aria-invalid={form.errors.some((e) => e.field === 'level') || undefined}>
          <legend className="legend">{t('follow.rateLevel')}</legend>
          {RATING_LEVELS.map((l) => (
            <div className="checkbox-field" key={l}>
              <input type="radio" name="level" id={`level-${l}`} value={l} checked={level === String(l)} onChange={() => setLevel(String(l))} />
              <label htmlFor={`level-${l}`}>{t(`follow.rateLevels.${l}`)}</label>
            </div>
          ))}
        </fieldset>
        <PlainField name="comment" label={t('follow.rateComment')} errors={form.errors}>
          {(p) => <textarea {...p} value={comment} onChange={(e) => setComment(e.target.value)} maxLength={500} />}
        </PlainField>
        <SubmitButton busy={form.busy}>{t('follow.rateSend')}</SubmitButton>
      </form>
    </section>
  );
}
