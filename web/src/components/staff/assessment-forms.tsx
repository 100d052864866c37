/** The assessment's forms: arranging it, and recording its result against the thresholds. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { PlainField } from '../plain-form';
import { localised, useDistricts } from '../../features/districts/districts';
import { DecisionCard, type DecisionProps } from './decision-card';

export function ScheduleForm({ props }: { props: DecisionProps }) {
  const { t, i18n } = useTranslation();
  const districts = useDistricts();
  const institutions = districts.data?.districts.find((d) => d.code === props.application.districtCode)?.assessmentInstitutions ?? [];
  const [institutionId, setInstitutionId] = useState('');
  const [at, setAt] = useState('');
  const [mode, setMode] = useState('institution');
  return (
    <DecisionCard action="scheduleAssessment" busy={props.busy} onSubmit={() => props.send('scheduleAssessment', { institutionId, at, mode })}>
      <PlainField name="institutionId" label={t('staff.institution')} errors={props.errors}>
        {(p) => (
          <select {...p} value={institutionId} onChange={(e) => setInstitutionId(e.target.value)}>
            <option value="">—</option>
            {institutions.map((i) => (
              <option key={i.id} value={i.id}>
                {localised(i.name, i18n.language)}
              </option>
            ))}
          </select>
        )}
      </PlainField>
      <PlainField name="at" label={t('staff.when')} errors={props.errors}>
        {(p) => <input {...p} type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} />}
      </PlainField>
      <fieldset className="field">
        <legend className="legend">{t('staff.mode')}</legend>
        {(['institution', 'homeVisit'] as const).map((m) => (
          <div className="checkbox-field" key={m}>
            <input type="radio" name="mode" id={`mode-${m}`} value={m} checked={mode === m} onChange={() => setMode(m)} />
            <label htmlFor={`mode-${m}`}>{t(m === 'institution' ? 'staff.modeInstitution' : 'staff.modeHome')}</label>
          </div>
        ))}
      </fieldset>
    </DecisionCard>
  );
}

/** Which measured value the thresholds of a category use (domain.md §2). */
function measurementField(category: string, ageYears: number): string | undefined {
  return { '1': 'bestCorrectedAcuity', '2': 'averageLossDb', '5': ageYears >= 7 ? 'iq' : 'dq', '6': 'whodas' }[category];
}

export function AssessmentForm({ props, ageYears }: { props: DecisionProps; ageYears: number }) {
  const { t } = useTranslation();
  const [components, setComponents] = useState([{ category: props.application.answers.category ?? '', grade: '', value: '' }]);
  const update = (i: number, change: Partial<(typeof components)[number]>) => setComponents(components.map((c, j) => (j === i ? { ...c, ...change } : c)));
  const body = components.map((c) => {
    const field = measurementField(c.category, ageYears);
    return { category: c.category, grade: c.grade, ...(field && c.value !== '' ? { measurement: { [field]: c.value } } : {}) };
  });
  return (
    <DecisionCard action="recordAssessment" busy={props.busy} onSubmit={() => props.send('recordAssessment', { components: body })}>
      {components.map((c, i) => (
        <fieldset key={i} className="correction-item">
          <legend>{t('staff.component', { n: i + 1 })}</legend>
          <PlainField name={`components.${i}.category`} label={t('staff.category')} errors={props.errors}>
            {(p) => (
              <select {...p} value={c.category} onChange={(e) => update(i, { category: e.target.value })}>
                <option value="">—</option>
                {['1', '2', '3', '4', '5', '6'].map((k) => (
                  <option key={k} value={k}>
                    {t(`categoryShort.${k}`)}
                  </option>
                ))}
              </select>
            )}
          </PlainField>
          <PlainField name={`components.${i}.grade`} label={t('staff.grade')} errors={props.errors}>
            {(p) => (
              <select {...p} value={c.grade} onChange={(e) => update(i, { grade: e.target.value })}>
                <option value="">—</option>
                {['1', '2', '3', '4'].map((g) => (
                  <option key={g} value={g}>
                    {t(`grade.${g}`)}
                  </option>
                ))}
              </select>
            )}
          </PlainField>
          {measurementField(c.category, ageYears) && (
            <PlainField name={`components.${i}.measurement`} label={t('staff.measurement')} errors={props.errors}>
              {(p) => <input {...p} type="number" inputMode="decimal" step="any" value={c.value} onChange={(e) => update(i, { value: e.target.value })} />}
            </PlainField>
          )}
        </fieldset>
      ))}
      <p>
        <Button className="button secondary" onPress={() => setComponents([...components, { category: '', grade: '', value: '' }])}>
          {t('staff.addComponent')}
        </Button>
      </p>
    </DecisionCard>
  );
}
