import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { registerKeys, runNightlyJob, saveRegister, useRegisters } from '../features/dev/registers';
import { PageHeading } from '../components/page-heading';
import { QueryState } from '../components/query-state';
import { CardTable, Cell } from '../components/card-table';
import { PlainField, SubmitButton, preventing, useProblemForm } from '../components/plain-form';
import { HOUSEHOLD_STATUSES, REGISTERS } from '../../../functions/benefits/benefit-terms';

/** What each register answers, from the few words the form asks. */
function answerOf(register: string, value: string): unknown {
  if (register === 'civilAffairs') return { household: value };
  if (register === 'hukou') return { districtCode: value || null };
  if (register === 'deaths') return { deceased: value === 'yes' };
  return { allowances: value ? [{ kind: value }] : [] };
}

/** Local only: change what a stand-in partner register says about a person, then run the nightly 政策找人 job. */
export default function DevRegisters() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const records = useRegisters();
  const form = useProblemForm();
  const job = useProblemForm('job');
  const [fields, setFields] = useState({ register: 'civilAffairs', idNumber: '', personName: '', mode: 'answers', value: 'dibao' });
  const set = (change: Partial<typeof fields>) => setFields({ ...fields, ...change });
  const save = () =>
    void form.run(async () => {
      const { value, ...rest } = fields;
      await saveRegister({ ...rest, ...(fields.mode === 'answers' ? { answer: answerOf(fields.register, value) } : {}) });
      await queryClient.invalidateQueries({ queryKey: registerKeys.all });
      return t('devRegisters.saved');
    });
  const run = () => void job.run(async () => t('devRegisters.ran', { result: JSON.stringify(await runNightlyJob()) }));
  const valueOptions: [string, string][] =
    fields.register === 'civilAffairs' ? HOUSEHOLD_STATUSES.map((h) => [h, t(`benefits.household.${h}`)]) : fields.register === 'deaths' ? [['no', t('common.no')], ['yes', t('common.yes')]] : [];

  return (
    <>
      <PageHeading title={t('devRegisters.title')}>{t('devRegisters.title')}</PageHeading>
      <p>{t('devRegisters.intro')}</p>
      <form className="card" onSubmit={preventing(save)} noValidate aria-label={t('devRegisters.change')}>
        <h2>{t('devRegisters.change')}</h2>
        {form.summary}
        <PlainField name="register" label={t('devRegisters.register')} errors={form.errors}>
          {(p) => (
            <select {...p} value={fields.register} onChange={(e) => set({ register: e.target.value, value: e.target.value === 'civilAffairs' ? 'dibao' : '' })}>
              {REGISTERS.map((r) => (
                <option key={r} value={r}>
                  {t(`benefits.register.${r}`)}
                </option>
              ))}
            </select>
          )}
        </PlainField>
        <PlainField name="idNumber" label={t('form.personIdNumber')} errors={form.errors}>
          {(p) => <input {...p} value={fields.idNumber} onChange={(e) => set({ idNumber: e.target.value })} maxLength={18} autoComplete="off" />}
        </PlainField>
        <PlainField name="personName" label={t('form.personName')} errors={form.errors}>
          {(p) => <input {...p} value={fields.personName} onChange={(e) => set({ personName: e.target.value })} maxLength={30} />}
        </PlainField>
        <PlainField name="mode" label={t('devRegisters.mode')} errors={form.errors}>
          {(p) => (
            <select {...p} value={fields.mode} onChange={(e) => set({ mode: e.target.value })}>
              {(['answers', 'silent', 'garbage'] as const).map((m) => (
                <option key={m} value={m}>
                  {t(`devRegisters.modes.${m}`)}
                </option>
              ))}
            </select>
          )}
        </PlainField>
        {fields.mode === 'answers' && (
          <PlainField name="answer" label={t(`devRegisters.answer.${fields.register}`)} errors={form.errors}>
            {(p) =>
              valueOptions.length ? (
                <select {...p} value={fields.value} onChange={(e) => set({ value: e.target.value })}>
                  {valueOptions.map(([v, label]) => (
                    <option key={v} value={v}>
                      {label}
                    </option>
                  ))}
                </select>
              ) : (
                <input {...p} value={fields.value} onChange={(e) => set({ value: e.target.value })} maxLength={20} />
              )
            }
          </PlainField>
        )}
        <SubmitButton busy={form.busy}>{t('devRegisters.save')}</SubmitButton>
        {form.status}
      </form>
      <div className="card">
        <p>{t('devRegisters.jobIntro')}</p>
        {job.summary}
        <Button className="button secondary" onPress={run} isDisabled={job.busy}>
          {t('devRegisters.run')}
        </Button>
        {job.status}
      </div>
      <h2>{t('devRegisters.records')}</h2>
      <QueryState query={records} />
      {records.data && (
        <CardTable caption={t('devRegisters.records')} columns={[t('form.personName'), t('form.personIdNumber'), t('devRegisters.register'), t('devRegisters.says')]}>
          {records.data.records.map((r) => (
            <tr key={`${r.register}-${r.idNumberMasked}-${r.name}`} role="row">
              <th scope="row" role="rowheader">
                {r.name}
              </th>
              <Cell label={t('form.personIdNumber')}>{r.idNumberMasked}</Cell>
              <Cell label={t('devRegisters.register')}>{t(`benefits.register.${r.register}`)}</Cell>
              <Cell label={t('devRegisters.says')}>{r.mode === 'silent' ? t('devRegisters.modes.silent') : JSON.stringify(r.answer)}</Cell>
            </tr>
          ))}
        </CardTable>
      )}
    </>
  );
}
