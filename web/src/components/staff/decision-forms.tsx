/** One small form per staff decision; each sends `{ action, version, … }` and nothing else. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { PlainField } from '../plain-form';
import { CORRECTION_SUBJECTS } from '../../../../functions/certificates/application';
import type { DecisionAction } from '../../features/staff/matter';
import { DecisionCard, type DecisionProps } from './decision-card';
import { AssessmentForm, ScheduleForm } from './assessment-forms';

function NoteForm({ action, name, label, props }: { action: DecisionAction; name: string; label: string; props: DecisionProps }) {
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

export function DecisionForm({ action, props, ageYears }: { action: DecisionAction; props: DecisionProps; ageYears: number }) {
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
