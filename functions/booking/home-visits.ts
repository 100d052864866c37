/**
 * The visit planner (上门评残): approved home assessments waiting for a day, and those with a day, grouped
 * by township, then community, then day — with each team's visits that day against its capacity (⚙).
 * Staff see their district; an assessor sees the visits of their own institution's teams.
 */
import type { Caller } from '../shared/http/caller.js';
import { NotFoundError } from '../shared/errors.js';
import { rulesInEffect } from '../districts/district-config.js';
import { addDays, shanghaiDate } from '../domain/time.js';
import type { MatterStore } from '../matters/ports.js';
import type { Application } from '../certificates/application.js';
import { bookingsOf, refuse } from '../certificates/matter-places.js';
import type { BookingStore } from './ports.js';
import { managedInstitutions } from './sessions.js';

export interface PlannerDeps {
  matters: Pick<MatterStore<Application>, 'listByDistrict'>;
  bookings: Pick<BookingStore, 'homeDays'>;
  now: () => Date;
}

export interface PlannedVisit {
  matterId: string;
  reference?: string;
  version: number;
  personName: string;
  reason: string;
  note?: string;
  community: string;
  date?: string;
  window?: string;
  teamId?: string;
  bookingReference?: string;
  status: 'approved' | 'scheduled' | 'checkedIn';
}

export async function visitPlan(deps: PlannerDeps, caller: Caller, query: { from?: string; to?: string }) {
  const scope = managedInstitutions(caller);
  if (!scope) throw new NotFoundError();
  const { district, institutionIds } = scope;
  const today = shanghaiDate(deps.now());
  const rules = rulesInEffect(district, today).assessmentBooking;
  const from = query.from ?? today;
  const to = query.to ?? addDays(from, 27);
  if (to < from) refuse('to', 'error.booking.range');
  const teams = district.assessmentInstitutions.filter((i) => institutionIds.includes(i.id)).flatMap((i) => i.homeVisitTeams.map((t) => ({ ...t, institutionId: i.id })));
  const teamIds = new Set(teams.map((t) => t.id));
  const staff = caller.roles.includes('staff');

  const visits: (PlannedVisit & { townshipId: string })[] = [];
  for (const matter of await deps.matters.listByDistrict(district.code, { openOnly: true })) {
    const { homeVisit, active } = bookingsOf(matter);
    if (!homeVisit || !['approved', 'scheduled'].includes(homeVisit.status)) continue;
    const home = active.find((b) => b.mode === 'home');
    // An assessor sees only the visits given to their own teams; waiting ones are the district's to plan.
    if (!staff && (!home || !teamIds.has(home.teamId!))) continue;
    if (home && (home.date < from || home.date > to)) continue;
    visits.push({
      matterId: matter.id,
      ...(matter.reference ? { reference: matter.reference } : {}),
      version: matter.version,
      personName: matter.answers.personName ?? '',
      reason: homeVisit.reason,
      ...(homeVisit.note ? { note: homeVisit.note } : {}),
      townshipId: homeVisit.townshipId,
      community: homeVisit.community,
      ...(home ? { date: home.date, window: `${home.start}-${home.end}`, teamId: home.teamId!, bookingReference: home.reference } : {}),
      status: home ? (home.status === 'checkedIn' ? 'checkedIn' : 'scheduled') : 'approved',
    });
  }

  const days = await deps.bookings.homeDays([...teamIds], from, to);
  const byWindow = (a: PlannedVisit, b: PlannedVisit) => `${a.date ?? ''}${a.window ?? ''}`.localeCompare(`${b.date ?? ''}${b.window ?? ''}`);
  const townships = district.townships
    .map((t) => {
      const here = visits.filter((v) => v.townshipId === t.id);
      const communities = [...new Set(here.map((v) => v.community))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
      return {
        id: t.id,
        name: t.name,
        communities: communities.map((community) => {
          const mine = here.filter((v) => v.community === community);
          const dates = [...new Set(mine.flatMap((v) => (v.date ? [v.date] : [])))].sort();
          return {
            name: community,
            waiting: mine.filter((v) => !v.date).map(({ townshipId: _t, ...v }) => v),
            days: dates.map((date) => ({ date, visits: mine.filter((v) => v.date === date).sort(byWindow).map(({ townshipId: _t, ...v }) => v) })),
          };
        }),
      };
    })
    .filter((t) => t.communities.length > 0);
  return {
    from,
    to,
    windows: rules.homeVisitWindows,
    capacity: rules.homeVisitsPerTeamDay,
    teams: teams.map((t) => ({ id: t.id, name: t.name, institutionId: t.institutionId, days: days.filter((d) => d.teamId === t.id && d.count > 0).map(({ date, count }) => ({ date, count })) })),
    townships,
  };
}
