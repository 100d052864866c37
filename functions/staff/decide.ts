/**
 * The staff decisions on a matter. Each is a transition of the matter's state machine and is written
 * with its timeline entry, audit entry and notification in one version-guarded transaction.
 */
import type { Application, ApplicationStore, AssessmentComponent, AssessmentResult, StateChange } from '../applications/application.js';
import type { Certificate, CertificateStore } from '../certificates/certificate.js';
import { stateChange, type Acting } from '../applications/changes.js';
import { applicationInDistrict } from '../applications/access.js';
import { nextStatus, type ApplicationAction } from '../applications/state-machine.js';
import { personAge, personIsMinor } from '../applications/schemas.js';
import { pauseClock, workingDaysAfter } from '../applications/deadlines.js';
import { findDistrict, rulesInEffect, type DistrictRules } from '../districts/district-config.js';
import { cardGrade, gradeFor, speechGradable, type Measurement } from '../domain/assessment.js';
import { certificateNumber, maskCertificateNumber, reissuedNumber } from '../domain/certificate-number.js';
import { maskName } from '../domain/person-name.js';
import { addMonths, lastDayAfterYears, shanghaiDate } from '../domain/time.js';
import { NotFoundError, StaleVersionError, ValidationError } from '../shared/errors.js';
import type { Caller } from '../shared/http/caller.js';
import type { ComponentInput, DecisionBody } from './schemas.js';

export interface DecideDeps {
  applications: ApplicationStore;
  certificates: CertificateStore;
  now: () => Date;
  newId: () => string;
}

type Outcome = Pick<StateChange, 'certificates' | 'reapplyBlock'> & {
  set?: Omit<StateChange['set'], 'status'>;
  params?: Record<string, string>;
  event?: string;
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

function newCertificate(application: Application, number: string, category: number, grade: number, components: AssessmentComponent[], validUntil: string, today: string, at: string): Certificate {
  return {
    number,
    holderUserId: application.ownerId,
    personName: application.answers.personName ?? '',
    idNumber: application.answers.personIdNumber ?? '',
    category,
    grade,
    components,
    districtCode: application.districtCode!,
    issuedOn: today,
    validUntil,
    status: 'valid',
    applicationId: application.id,
    answers: application.answers,
    updatedAt: at,
  };
}

async function approval(deps: DecideDeps, application: Application, rules: DistrictRules, today: string, at: string): Promise<Outcome> {
  const current = application.certificateNumber ? await deps.certificates.get(application.certificateNumber) : undefined;
  if (application.matter !== 'new' && !current) throw new NotFoundError();
  // Another matter on the same card was decided first (e.g. a cancellation during a reissue).
  if (application.matter !== 'new' && application.matter !== 'change' && current!.status !== 'valid') return refuse('error.certificate.notValid');
  const validUntil = lastDayAfterYears(today, rules.certificateValidityYears);
  const issued = (number: string, cert: Certificate): Outcome => ({
    set: { decision: { outcome: 'approved', at, certificateNumber: number, validUntil: cert.validUntil } },
    params: { certificateNumberMasked: maskCertificateNumber(number), validUntil: cert.validUntil },
    certificates: [cert, ...(current && current.number !== number ? [{ ...current, status: 'replaced' as const, replacedBy: number, updatedAt: at }] : [])],
  });

  switch (application.matter) {
    case 'new':
    case 'change': {
      const result = application.assessmentResult;
      if (!result?.meetsStandard || !result.category || !result.grade) return refuse('error.assessment.missing');
      const number = certificateNumber(application.answers.personIdNumber!, result.category, result.grade);
      return issued(number, newCertificate(application, number, result.category, result.grade, result.components, validUntil, today, at));
    }
    case 'renewal':
      return issued(current!.number, { ...current!, issuedOn: today, validUntil, applicationId: application.id, answers: { ...current!.answers, ...application.answers }, updatedAt: at });
    case 'damaged':
      return issued(current!.number, { ...current!, issuedOn: today, applicationId: application.id, answers: { ...current!.answers, ...application.answers }, updatedAt: at });
    case 'reissue': {
      const number = reissuedNumber(current!.number);
      return issued(number, { ...current!, number, issuedOn: today, applicationId: application.id, answers: { ...current!.answers, ...application.answers }, updatedAt: at });
    }
    case 'cancellation': {
      const reason = application.matterReason === 'lost' || !application.matterReason ? 'voluntary' : application.matterReason;
      const until = addMonths(today, rules.reapplyAfterCancellationMonths);
      return {
        set: { decision: { outcome: 'approved', at } },
        params: { reapplyFrom: until },
        certificates: [{ ...current!, status: 'cancelled', cancellation: { reason, on: today }, updatedAt: at }],
        ...(reason === 'death' ? {} : { reapplyBlock: { idNumber: current!.idNumber, until } }),
      };
    }
  }
}

async function outcomeOf(deps: DecideDeps, application: Application, body: DecisionBody, rules: DistrictRules, now: Date): Promise<Outcome> {
  const today = shanghaiDate(now);
  const at = now.toISOString();
  const age = personAge(application.answers, now) ?? 99;
  const minor = personIsMinor(application.answers, now);
  switch (body.action) {
    case 'requestCorrection': {
      const due = workingDaysAfter(today, rules.correctionWorkingDays).date;
      return {
        set: {
          corrections: { requestedAt: at, dueOn: due, items: body.items },
          clock: pauseClock(application.clock!, today),
          queueDate: due,
        },
        params: { count: String(body.items.length), dueOn: due },
      };
    }
    case 'accept': {
      if (body.deferredKinds.length === 0) return { params: { promisedDue: application.clock?.promisedDue ?? '' } };
      if (body.deferredKinds.some((kind) => !rules.deferrableMaterials.includes(kind))) return refuse('error.deferral.notDeferrable', 'deferredKinds');
      const due = workingDaysAfter(today, rules.deferredMaterialWorkingDays).date;
      return {
        event: 'acceptedWithDeferral',
        set: { deferral: { kinds: body.deferredKinds, acceptedAt: at, dueOn: due } },
        params: { dueOn: due, kinds: body.deferredKinds.join(',') },
      };
    }
    case 'scheduleAssessment': {
      const district = findDistrict(application.districtCode!)!;
      const institution = district.assessmentInstitutions.find((i) => i.id === body.institutionId);
      if (!institution) return refuse('error.choose', 'institutionId');
      if (body.at.slice(0, 10) < today) return refuse('error.dateTimePast', 'at');
      return {
        set: { assessment: { institutionId: body.institutionId, at: body.at, mode: body.mode } },
        params: { at: body.at.slice(0, 16).replace('T', ' '), institutionZh: institution.name['zh-CN'], institutionEn: institution.name.en, mode: body.mode },
      };
    }
    case 'recordAssessment': {
      const result = assessmentResult(body.components, age, at);
      return { set: { assessmentResult: result }, params: { category: String(result.category), grade: String(result.grade) } };
    }
    case 'recordNotMeetingStandard':
    case 'reject': {
      const appealBy = workingDaysAfter(today, rules.appealWorkingDays).date;
      const reason = body.action === 'reject' ? body.reason : body.note;
      return {
        set: {
          decision: { outcome: 'rejected', at, reason, appealBy },
          ...(body.action === 'recordNotMeetingStandard' ? { assessmentResult: { recordedAt: at, meetsStandard: false, components: [], note: body.note } } : {}),
        },
        params: { reason, appealBy },
      };
    }
    case 'startNotice': {
      if (minor) return refuse('error.notice.minor');
      const result = application.assessmentResult!;
      const endsOn = workingDaysAfter(today, rules.noticeWorkingDays).date;
      return {
        set: {
          notice: { startsOn: today, endsOn, maskedName: maskName(application.answers.personName ?? ''), community: body.community, category: result.category!, grade: result.grade! },
          queueDate: endsOn,
        },
        params: { endsOn },
      };
    }
    case 'skipNoticeForMinor':
      if (!minor) return refuse('error.notice.adult');
      return {};
    case 'endNotice':
      if (today <= application.notice!.endsOn) return refuse('error.notice.running');
      return { set: { queueDate: application.clock?.promisedDue } };
    case 'recordObjection':
      return { set: { notice: { ...application.notice!, objection: { at, note: body.note } }, queueDate: application.clock?.promisedDue } };
    case 'approve':
      return approval(deps, application, rules, today, at);
    case 'produceCard':
      return {};
    case 'ship':
      return {
        set: { cardDelivery: { method: 'express', courier: body.courier, trackingNumber: body.trackingNumber, at } },
        params: { courier: body.courier, trackingNumber: body.trackingNumber },
      };
    case 'readyForPickup': {
      const place = findDistrict(application.districtCode!)!.pickupPlace;
      return { set: { cardDelivery: { method: 'pickup', pickupPlace: place['zh-CN'], at } }, params: { placeZh: place['zh-CN'], placeEn: place.en } };
    }
    case 'confirmDelivery':
    case 'confirmPickup':
      return { set: { cardDelivery: { ...application.cardDelivery!, at } } };
  }
}

/** Takes one decision on a matter of the caller's district; someone else's district is a 404. */
export async function decide(deps: DecideDeps, caller: Caller, by: Acting, id: string, body: DecisionBody): Promise<Application> {
  const application = await applicationInDistrict(deps.applications, id, caller);
  const to = nextStatus(application.status, body.action as ApplicationAction, 'staff', application.matter);
  if (application.version !== body.version) throw new StaleVersionError({ status: application.status, version: application.version });
  const now = deps.now();
  const rules = rulesInEffect(findDistrict(application.districtCode!)!, shanghaiDate(now));
  const outcome = await outcomeOf(deps, application, body, rules, now);
  return deps.applications.changeState(
    stateChange({
      application,
      expectedVersion: body.version,
      to,
      event: outcome.event ?? body.action,
      ...(outcome.params ? { params: outcome.params } : {}),
      ...(outcome.set ? { set: outcome.set } : {}),
      ...(outcome.certificates ? { certificates: outcome.certificates } : {}),
      ...(outcome.reapplyBlock ? { reapplyBlock: outcome.reapplyBlock } : {}),
      by,
      at: now.toISOString(),
      newId: deps.newId,
    }),
  );
}
