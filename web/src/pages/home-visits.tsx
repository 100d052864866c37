/** The visit planner (上门评残): by township, community and day, each team's visits a day against its capacity; staff give a waiting visit a day, a window and a team. */
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../components/page-heading';
import { QueryState } from '../components/query-state';
import { PlainField, SubmitButton, preventing, useProblemForm } from '../components/plain-form';
import { deskKeys, usePlan, type VisitPlan } from '../features/booking/assessor';
import { decide } from '../features/staff/matter';
import { useSession } from '../session';

type Visit = VisitPlan['townships'][number]['communities'][number]['waiting'][number];

function ScheduleVisit({ visit, plan, onDone }: { visit: Visit; plan: VisitPlan; onDone: () => Promise<unknown> }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const form = useProblemForm(visit.matterId);
  const [teamId, setTeamId] = useState(plan.teams[0]?.id ?? '');
  const [date, setDate] = useState('');
  const [window, setWindow] = useState(plan.windows[0] ?? '');
  const submit = () =>
    void form.run(async () => {
      await decide(visit.matterId, visit.version, 'scheduleHomeVisit', { teamId, date, window });
      await onDone();
      return t('planner.scheduled', { name: visit.personName });
    });
  const id = (field: string) => `${visit.matterId}.${field}`;
  return (
    <form className="card" aria-label={t('planner.schedule', { name: visit.personName })} onSubmit={preventing(submit)} noValidate>
      <h4>{t('planner.schedule', { name: visit.personName })}</h4>
      <p>{t(`booking.reason.${visit.reason}`)}{visit.note ? ` · ${visit.note}` : ''}</p>
      {form.status}
      {form.summary}
      <PlainField name={id('teamId')} label={t('planner.team')} errors={form.errors.map((e) => ({ ...e, field: `${visit.matterId}.${e.field}` }))}>
        {(p) => (
          <select {...p} value={teamId} onChange={(e) => setTeamId(e.target.value)}>
            {plan.teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name[lang]}
              </option>
            ))}
          </select>
        )}
      </PlainField>
      <PlainField name={id('date')} label={t('planner.date')} errors={form.errors.map((e) => ({ ...e, field: `${visit.matterId}.${e.field}` }))}>
        {(p) => <input {...p} type="date" value={date} onChange={(e) => setDate(e.target.value)} />}
      </PlainField>
      <PlainField name={id('window')} label={t('planner.window')} errors={form.errors.map((e) => ({ ...e, field: `${visit.matterId}.${e.field}` }))}>
        {(p) => (
          <select {...p} value={window} onChange={(e) => setWindow(e.target.value)}>
            {plan.windows.map((w) => (
              <option key={w} value={w}>
                {w}
              </option>
            ))}
          </select>
        )}
      </PlainField>
      <SubmitButton busy={form.busy}>{t('planner.scheduleButton')}</SubmitButton>
    </form>
  );
}

export default function HomeVisits() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const { session } = useSession();
  const queryClient = useQueryClient();
  const plan = usePlan();
  if (!plan.data) return <QueryState query={plan} />;
  const staff = session?.profile.roles.includes('staff');
  const teamName = (id?: string) => plan.data.teams.find((x) => x.id === id)?.name[lang] ?? '';
  return (
    <>
      <PageHeading title={t('planner.title')}>{t('planner.title')}</PageHeading>
      <p className="lead">{t('planner.lead', { capacity: plan.data.capacity })}</p>
      <h2>{t('planner.teams')}</h2>
      <ul>
        {plan.data.teams.map((team) => (
          <li key={team.id}>
            {team.name[lang]}: {team.days.length ? team.days.map((d) => t('planner.dayLoad', { date: d.date, count: d.count, capacity: plan.data.capacity })).join('；') : t('planner.noVisits')}
          </li>
        ))}
      </ul>
      {plan.data.townships.length === 0 && <p>{t('planner.empty')}</p>}
      {plan.data.townships.map((township) => (
        <section key={township.id} aria-labelledby={`township-${township.id}`}>
          <h2 id={`township-${township.id}`}>{township.name[lang]}</h2>
          {township.communities.map((community) => (
            <section key={community.name} aria-label={`${township.name[lang]} ${community.name}`}>
              <h3>{community.name}</h3>
              {community.days.map((day) => (
                <div key={day.date} className="card">
                  <h4>{day.date}</h4>
                  <ul>
                    {day.visits.map((v) => (
                      <li key={v.matterId}>
                        {v.window} · {v.personName} · {teamName(v.teamId)} · {t(`booking.state.${v.status === 'scheduled' ? 'booked' : v.status}`)}
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
              {staff && community.waiting.map((v) => <ScheduleVisit key={v.matterId} visit={v} plan={plan.data} onDone={() => queryClient.invalidateQueries({ queryKey: deskKeys.plan() })} />)}
            </section>
          ))}
        </section>
      ))}
    </>
  );
}
