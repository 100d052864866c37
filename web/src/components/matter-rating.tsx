/** 好差评: the one-time rating of a finished matter, certificate or benefit. */
import { useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { newIdempotencyKey } from '../api';
import { rate } from '../features/applications/follow-up';
import { PlainField, SubmitButton, preventing, useProblemForm } from './plain-form';
import type { useFocusOnAppear } from './focus-on-appear';
import { RATING_LEVELS } from '../../../functions/matters/matter';

interface RatingProps {
  matter: { id: string; version: number };
  /** The query that shows the matter, asked again once the rating is in. */
  detailKey: readonly unknown[];
  /** Where focus goes when the thanks replaces the form (useFocusOnAppear). */
  focusAfter?: ReturnType<typeof useFocusOnAppear>['after'];
}

export function Rating({ matter, detailKey, focusAfter = (work) => work() }: RatingProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useProblemForm();
  const [level, setLevel] = useState<string>('');
  const [comment, setComment] = useState('');
  const key = useRef(newIdempotencyKey());
  const send = () =>
    void form.run(async () => {
      await focusAfter(() => rate(matter.id, matter.version, Number(level) || undefined, comment.trim() ? comment : undefined, key.current));
      await queryClient.invalidateQueries({ queryKey: detailKey });
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
