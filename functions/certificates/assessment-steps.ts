/**
 * The steps of a matter that is assessed (新办, 变更): the assessment arranged and its result recorded
 * against the thresholds of domain.md §2, the public notice (never for minors), the objection.
 */
import type { Transition } from '../matters/matter-type.js';
import { workingDaysAfter } from '../matters/deadlines.js';
import { findDistrict } from '../districts/district-config.js';
import { cardGrade, gradeFor, speechGradable, type Measurement } from '../domain/assessment.js';
import { maskName } from '../domain/person-name.js';
import { ValidationError } from '../shared/errors.js';
import { personAge, personIsMinor } from '../applications/schemas.js';
import type { ComponentInput } from '../staff/schemas.js';
import type { Application, AssessmentComponent, AssessmentResult } from './application.js';

type T = Transition<Application, unknown>;

/** A booked person's result is recorded once they were checked in (every place they hold). */
const notBeforeCheckIn: T['guard'] = ({ matter }) => {
  if ((matter.bookings?.active ?? []).some((b) => b.status === 'booked')) refuse('error.assessment.notCheckedIn');
};

const refuse = (code: string, field = 'action'): never => {
  throw new ValidationError([{ field, code }]);
};

function measurementOf(c: ComponentInput, ageYears: number): Measurement | undefined {
  const m = c.measurement ?? {};
  if (c.category === 1 && m.bestCorrectedAcuity !== undefined) return { category: 1, bestCorrectedAcuity: m.bestCorrectedAcuity };
  if (c.category === 2 && m.averageLossDb !== undefined) return { category: 2, averageLossDb: m.averageLossDb };
  if (c.category === 5 && m.iq !== undefined && ageYears >= 7) return { category: 5, iq: m.iq, ageYears };
  if (c.category === 5 && m.dq !== undefined && ageYears < 7) return { category: 5, dq: m.dq, ageYears };
  if (c.category === 6 && m.whodas !== undefined) return { category: 6, whodas: m.whodas };
  return undefined;
}

/** Checks each component against the thresholds of domain.md §2; the card shows 7 for more than one, and the most severe grade. */
export function assessmentResult(components: ComponentInput[], ageYears: number, at: string): AssessmentResult {
  const categories = new Set(components.map((c) => c.category));
  if (categories.size !== components.length) refuse('error.assessment.duplicateCategory', 'components');
  components.forEach((c, i) => {
    if (c.category === 3 && !speechGradable(ageYears)) refuse('error.assessment.speechUnderThree', `components.${i}.category`);
    const numeric = [1, 2, 5, 6].includes(c.category);
    const measurement = measurementOf(c, ageYears);
    if (numeric && !measurement) refuse('error.assessment.measurementNeeded', `components.${i}.measurement`);
    if (measurement && gradeFor(measurement) !== c.grade) refuse('error.assessment.gradeMismatch', `components.${i}.grade`);
  });
  const grades = components.map((c) => c.grade as 1 | 2 | 3 | 4);
  return {
    recordedAt: at,
    meetsStandard: true,
    components: components as AssessmentComponent[],
    category: components.length > 1 ? 7 : components[0]!.category,
    grade: cardGrade(grades),
  };
}

/** The refusal after the assessment or the review, with the appeal route (复评) and its last day. */
export const refusal = (event: 'recordNotMeetingStandard' | 'reject', from: Application['status'][]): T => ({
  from,
  to: 'rejected',
  by: event === 'recordNotMeetingStandard' ? ['staff', 'assessor'] : 'staff',
  event,
  ...(event === 'recordNotMeetingStandard' ? { guard: notBeforeCheckIn } : {}),
  effect({ input, rules, today, at }) {
    const appealBy = workingDaysAfter(today, rules.appealWorkingDays).date;
    const reason = String(event === 'reject' ? input.reason : input.note);
    return {
      set: {
        decision: { outcome: 'rejected', at, reason, appealBy },
        ...(event === 'recordNotMeetingStandard' ? { assessmentResult: { recordedAt: at, meetsStandard: false, components: [], note: reason } } : {}),
      },
      params: { reason, appealBy },
    };
  },
});

export const assessmentSteps = {
  scheduleAssessment: {
    from: ['accepted', 'assessment_scheduled'],
    to: 'assessment_scheduled',
    by: 'staff',
    event: 'scheduleAssessment',
    effect({ matter, input, today }) {
      const institution = findDistrict(matter.districtCode!)!.assessmentInstitutions.find((i) => i.id === input.institutionId);
      if (!institution) return refuse('error.choose', 'institutionId');
      const at = String(input.at);
      if (at.slice(0, 10) < today) return refuse('error.dateTimePast', 'at');
      const mode = input.mode as 'institution' | 'homeVisit';
      return {
        set: { assessment: { institutionId: institution.id, at, mode } },
        params: { at: at.slice(0, 16).replace('T', ' '), institutionZh: institution.name['zh-CN'], institutionEn: institution.name.en, mode },
      };
    },
  },
  // The assessor of the person's session records it, or staff from the paper form (the existing step).
  recordAssessment: {
    from: ['assessment_scheduled'],
    to: 'assessed',
    by: ['staff', 'assessor'],
    event: 'recordAssessment',
    guard: notBeforeCheckIn,
    effect({ matter, input, now, at }) {
      const result = assessmentResult(input.components as ComponentInput[], personAge(matter.answers, now) ?? 99, at);
      return { set: { assessmentResult: result }, params: { category: String(result.category), grade: String(result.grade) } };
    },
  },
  recordNotMeetingStandard: refusal('recordNotMeetingStandard', ['assessment_scheduled']),
  startNotice: {
    from: ['assessed'],
    to: 'public_notice',
    by: 'staff',
    event: 'startNotice',
    effect({ matter, input, rules, today, now }) {
      if (personIsMinor(matter.answers, now)) return refuse('error.notice.minor');
      const result = matter.assessmentResult!;
      const endsOn = workingDaysAfter(today, rules.noticeWorkingDays).date;
      const notice = { startsOn: today, endsOn, maskedName: maskName(matter.answers.personName ?? ''), community: String(input.community), category: result.category!, grade: result.grade! };
      return { set: { notice, queueDate: endsOn }, params: { endsOn } };
    },
  },
  skipNoticeForMinor: {
    from: ['assessed'],
    to: 'under_review',
    by: 'staff',
    event: 'skipNoticeForMinor',
    guard: ({ matter, now }) => void (personIsMinor(matter.answers, now) || refuse('error.notice.adult')),
  },
  endNotice: {
    from: ['public_notice'],
    to: 'under_review',
    by: 'staff',
    event: 'endNotice',
    guard: ({ matter, today }) => void (today > matter.notice!.endsOn || refuse('error.notice.running')),
    effect: ({ matter }) => ({ set: { queueDate: matter.clock?.promisedDue } }),
  },
  recordObjection: {
    from: ['public_notice'],
    to: 'under_review',
    by: 'staff',
    event: 'recordObjection',
    effect: ({ matter, input, at }) => ({ set: { notice: { ...matter.notice!, objection: { at, note: String(input.note) } }, queueDate: matter.clock?.promisedDue } }),
  },
} satisfies Record<string, T>;
