/** A weekly session an institution publishes ("every Tuesday morning, physical, 12 seats"): it makes the sessions on the working days ahead. */
import { useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { newIdempotencyKey } from '../../api';
import { PlainField, SubmitButton, preventing, useProblemForm } from '../plain-form';
import { addTemplate, deskKeys, type SessionList } from '../../features/booking/assessor';

const NEEDS = ['wheelchair', 'signLanguage', 'companion', 'lieDown', 'largePrint'] as const;

export function TemplateForm({ institutions, templates }: { institutions: SessionList['institutions']; templates: SessionList['templates'] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const queryClient = useQueryClient();
  const form = useProblemForm('template');
  const key = useRef(newIdempotencyKey());
  const [v, setV] = useState({ institutionId: institutions[0]?.id ?? '', weekday: '2', start: '08:30', end: '11:30', category: '4', seats: '10', accessibility: ['wheelchair', 'companion'] as string[] });
  const submit = () =>
    void form.run(async () => {
      const done = await addTemplate({ ...v, weekday: Number(v.weekday), seats: Number(v.seats) }, key.current);
      key.current = newIdempotencyKey();
      await queryClient.invalidateQueries({ queryKey: deskKeys.all });
      return t('desk.templateSaved', { count: done.made });
    });
  const field = (name: keyof typeof v, label: string, input: (p: object) => React.ReactNode) => (
    <PlainField name={`template.${name}`} label={label} errors={form.errors.map((e) => ({ ...e, field: `template.${e.field}` }))}>
      {input}
    </PlainField>
  );
  return (
    <form className="card" aria-label={t('desk.addTemplate')} onSubmit={preventing(submit)} noValidate>
      <h2>{t('desk.addTemplate')}</h2>
      <p className="hint">{t('desk.templateHint', { count: templates.length })}</p>
      {form.status}
      {form.summary}
      {field('institutionId', t('desk.place'), (p) => (
        <select {...p} value={v.institutionId} onChange={(e) => setV({ ...v, institutionId: e.target.value })}>
          {institutions.map((i) => (
            <option key={i.id} value={i.id}>
              {i.name[lang]}
            </option>
          ))}
        </select>
      ))}
      {field('weekday', t('desk.weekday'), (p) => (
        <select {...p} value={v.weekday} onChange={(e) => setV({ ...v, weekday: e.target.value })}>
          {['1', '2', '3', '4', '5', '6', '7'].map((d) => (
            <option key={d} value={d}>
              {t(`desk.weekdays.${d}`)}
            </option>
          ))}
        </select>
      ))}
      {field('start', t('desk.start'), (p) => <input {...p} type="time" value={v.start} onChange={(e) => setV({ ...v, start: e.target.value })} />)}
      {field('end', t('desk.end'), (p) => <input {...p} type="time" value={v.end} onChange={(e) => setV({ ...v, end: e.target.value })} />)}
      {field('category', t('desk.category'), (p) => (
        <select {...p} value={v.category} onChange={(e) => setV({ ...v, category: e.target.value })}>
          {['1', '2', '3', '4', '5', '6'].map((c) => (
            <option key={c} value={c}>
              {t(`categoryShort.${c}`)}
            </option>
          ))}
        </select>
      ))}
      {field('seats', t('desk.seatsField'), (p) => <input {...p} type="number" inputMode="numeric" min={1} max={200} value={v.seats} onChange={(e) => setV({ ...v, seats: e.target.value })} />)}
      <fieldset className="field">
        <legend className="legend">{t('desk.canMeet')}</legend>
        {NEEDS.map((n) => (
          <div className="checkbox-field" key={n}>
            <input type="checkbox" id={`template-need-${n}`} checked={v.accessibility.includes(n)} onChange={(e) => setV({ ...v, accessibility: e.target.checked ? [...v.accessibility, n] : v.accessibility.filter((x) => x !== n) })} />
            <label htmlFor={`template-need-${n}`}>{t(`booking.need.${n}`)}</label>
          </div>
        ))}
      </fieldset>
      <SubmitButton busy={form.busy}>{t('desk.addTemplate')}</SubmitButton>
    </form>
  );
}
