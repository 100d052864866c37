/** One small form per staff decision; each sends `{ action, version, … }` and nothing else. */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { api, type FieldProblem } from '../../api';
import { PlainField, SubmitButton, preventing } from '../../components/plain-form';
import { localised, useDistricts } from '../../districts';
import { CORRECTION_SUBJECTS, type Application } from '../../../../functions/certificates/application';
import type { DecisionBody } from '../../../../functions/staff/schemas';

type ApplicationAction = DecisionBody['action'];

export interface DecisionProps {
  application: Application;
  isMinor: boolean;
  /** The materials this district lets follow after acceptance (容缺受理). */
  deferrableKinds: readonly string[];
  errors: FieldProblem[];
  busy: boolean;
  /** Sends the decision; resolves once it is stored. */
  send: (action: ApplicationAction, fields?: Record<string, unknown>) => void;
}

const DANGER: ApplicationAction[] = ['reject', 'recordNotMeetingStandard', 'recordObjection'];

function DecisionCard({ action, children, onSubmit, busy }: { action: ApplicationAction; children?: ReactNode; onSubmit: () => void; busy: boolean }) {
  const { t } = useTranslation();
  const title = t(`staff.actions.${action}`);
  return (
    <form className="card decision" aria-label={title} onSubmit={preventing(onSubmit)} noValidate>
      <h3>{title}</h3>
      {children}
      <SubmitButton busy={busy} danger={DANGER.includes(action)}>
        {title}
      </SubmitButton>
    </form>
  );
}

function NoteForm({ action, name, label, props }: { action: ApplicationAction; name: string; label: string; props: DecisionProps }) {
  const [text, setText] = useState('');
  return (
    <DecisionCard action={action} busy={props.busy} onSubmit={() => props.send(action, { [name]: text })}>
      <PlainField name={name} label={label} errors={props.errors}>
        {(p) => <textarea {...p} value={text} onChange={(e) => setText(e.target.value)} maxLength={500} />}
      </PlainField>
    </DecisionCard>
  );
}

function CorrectionsForm({ props }: { props: DecisionProps }) {
  const { t } = useTranslation();
  const [items, setItems] = useState([{ subject: '', note: '' }]);
  const update = (i: number, change: Partial<(typeof items)[number]>) => setItems(items.map((item, j) => (j === i ? { ...item, ...change } : item)));
  const subjectLabel = (s: string) => (s === 'answers' ? t('follow.answersItem') : t(`materials.kind.${s}`));
  return (
    <DecisionCard action="requestCorrection" busy={props.busy} onSubmit={() => props.send('requestCorrection', { items })}>
      {items.map((item, i) => (
        <fieldset key={i} className="correction-item">
          <legend>
            {t('staff.subject')} {i + 1}
          </legend>
          <PlainField name={`items.${i}.subject`} label={t('staff.subject')} errors={props.errors}>
            {(p) => (
              <select {...p} value={item.subject} onChange={(e) => update(i, { subject: e.target.value })}>
                <option value="">—</option>
                {CORRECTION_SUBJECTS.map((s) => (
                  <option key={s} value={s}>
                    {subjectLabel(s)}
                  </option>
                ))}
              </select>
            )}
          </PlainField>
          <PlainField name={`items.${i}.note`} label={t('staff.note')} errors={props.errors}>
            {(p) => <textarea {...p} value={item.note} onChange={(e) => update(i, { note: e.target.value })} maxLength={500} />}
          </PlainField>
          {items.length > 1 && (
            <Button className="button secondary" onPress={() => setItems(items.filter((_, j) => j !== i))}>
              {t('staff.removeItem')} {i + 1}
            </Button>
          )}
        </fieldset>
      ))}
      <p>
        <Button className="button secondary" onPress={() => setItems([...items, { subject: '', note: '' }])}>
          {t('staff.addItem')}
        </Button>
      </p>
    </DecisionCard>
  );
}

function AcceptForm({ props }: { props: DecisionProps }) {
  const { t } = useTranslation();
  const [deferred, setDeferred] = useState<string[]>([]);
  return (
    <DecisionCard action="accept" busy={props.busy} onSubmit={() => props.send('accept', { deferredKinds: deferred })}>
      {props.deferrableKinds.length > 0 && (
        <fieldset className="field" id="field-deferredKinds" tabIndex={-1}>
          <legend className="legend">{t('staff.deferredKinds')}</legend>
          {props.deferrableKinds.map((kind) => (
            <div className="checkbox-field" key={kind}>
              <input
                type="checkbox"
                id={`defer-${kind}`}
                checked={deferred.includes(kind)}
                onChange={(e) => setDeferred(e.target.checked ? [...deferred, kind] : deferred.filter((k) => k !== kind))}
              />
              <label htmlFor={`defer-${kind}`}>{t(`materials.kind.${kind}`)}</label>
            </div>
          ))}
        </fieldset>
      )}
    </DecisionCard>
  );
}

function ScheduleForm({ props }: { props: DecisionProps }) {
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

function AssessmentForm({ props, ageYears }: { props: DecisionProps; ageYears: number }) {
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

function ShipForm({ props }: { props: DecisionProps }) {
  const { t } = useTranslation();
  const [courier, setCourier] = useState('中国邮政EMS');
  const [trackingNumber, setTrackingNumber] = useState('');
  return (
    <DecisionCard action="ship" busy={props.busy} onSubmit={() => props.send('ship', { courier, trackingNumber })}>
      <PlainField name="courier" label={t('staff.courier')} errors={props.errors}>
        {(p) => <input {...p} type="text" value={courier} onChange={(e) => setCourier(e.target.value)} />}
      </PlainField>
      <PlainField name="trackingNumber" label={t('staff.trackingNumber')} errors={props.errors}>
        {(p) => <input {...p} type="text" value={trackingNumber} autoComplete="off" spellCheck={false} onChange={(e) => setTrackingNumber(e.target.value)} />}
      </PlainField>
    </DecisionCard>
  );
}

function CommunityForm({ props }: { props: DecisionProps }) {
  const { t } = useTranslation();
  const [community, setCommunity] = useState('');
  return (
    <DecisionCard action="startNotice" busy={props.busy} onSubmit={() => props.send('startNotice', { community })}>
      <PlainField name="community" label={t('staff.community')} errors={props.errors}>
        {(p) => <input {...p} type="text" value={community} onChange={(e) => setCommunity(e.target.value)} />}
      </PlainField>
    </DecisionCard>
  );
}

export function DecisionForm({ action, props, ageYears }: { action: ApplicationAction; props: DecisionProps; ageYears: number }) {
  const { t } = useTranslation();
  switch (action) {
    case 'requestCorrection':
      return <CorrectionsForm props={props} />;
    case 'accept':
      return <AcceptForm props={props} />;
    case 'scheduleAssessment':
      return <ScheduleForm props={props} />;
    case 'recordAssessment':
      return <AssessmentForm props={props} ageYears={ageYears} />;
    case 'recordNotMeetingStandard':
    case 'recordObjection':
      return <NoteForm action={action} name="note" label={t('staff.note')} props={props} />;
    case 'reject':
      return <NoteForm action={action} name="reason" label={t('staff.reason')} props={props} />;
    case 'startNotice':
      return props.isMinor ? null : <CommunityForm props={props} />;
    case 'skipNoticeForMinor':
      return props.isMinor ? <DecisionCard action={action} busy={props.busy} onSubmit={() => props.send(action)} /> : null;
    case 'ship':
      return <ShipForm props={props} />;
    default:
      return <DecisionCard action={action} busy={props.busy} onSubmit={() => props.send(action)} />;
  }
}

export async function postDecision(id: string, version: number, action: ApplicationAction, fields: Record<string, unknown> = {}) {
  return api<{ application: { version: number } }>(`/staff/applications/${id}/decisions`, { method: 'POST', body: { action, version, ...fields } });
}
