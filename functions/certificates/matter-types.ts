/**
 * The six certificate matters as matter types of the kernel: 新办 and 变更 are assessed, publicly
 * noticed and reviewed; renewals and reissues are accepted, decided and a new card sent; a cancellation
 * is completed by its decision.
 */
import type { MatterType, Transition } from '../matters/matter-type.js';
import { intakeTransitions, type IntakeDeps } from '../matters/intake.js';
import type { Application } from './application.js';
import type { PeopleStore } from './certificate.js';
import { APPLICATION_STATUSES, BEFORE_APPROVAL, OPEN_STATUSES, type Matter } from './statuses.js';
import { assessmentSteps, refusal } from './assessment-steps.js';
import { approve, type ApprovalDeps } from './approval.js';
import { cardDelivery } from './card-delivery.js';
import { incomplete, noCardAlready } from './completeness.js';
import { guardianRequired } from '../applications/materials.js';
import { personIsMinor } from '../applications/schemas.js';
import { bookingSteps, releasingPlaces, type BookingDeps } from './booking-steps.js';
import { homeVisitSteps } from './home-visit-steps.js';

/** What the certificate matters read and write besides the matter itself. */
export type CertificateDeps = IntakeDeps & ApprovalDeps & BookingDeps & { people: Pick<PeopleStore, 'reapplyBlockedUntil' | 'validCertificateOf'> };

type T = Transition<Application, CertificateDeps>;

/** Staff checked the guardian's proof when they accepted it: the filer is the guardian on record while guardianship lasts. */
const NOT_CHECKED_BY_STAFF: readonly string[] = ['draft', 'submitted', 'awaiting_correction', 'withdrawn'];
function guardianAccepted(application: Application, now: Date): boolean {
  const { answers } = application;
  if (answers.actingAs !== 'guardian' || NOT_CHECKED_BY_STAFF.includes(application.status)) return false;
  return guardianRequired({ isMinor: personIsMinor(answers, now), category: answers.category ?? '4' });
}

const intake = intakeTransitions<Application, CertificateDeps>({ beforeDecision: BEFORE_APPROVAL, all: APPLICATION_STATUSES });

function certificateMatter(name: Matter, transitions: Record<string, T>): MatterType<Application, CertificateDeps> {
  return {
    name,
    statuses: APPLICATION_STATUSES,
    openStatuses: OPEN_STATUSES,
    transitions: { ...intake, ...transitions },
    incomplete,
    timeLimits: (rules) => rules.timeLimits[name],
    guardianOnRecord: guardianAccepted,
  };
}

const assessed = (name: 'new' | 'change', submit: T) =>
  certificateMatter(name, {
    submit,
    ...(assessmentSteps as Record<string, T>),
    ...(bookingSteps as Record<string, T>),
    ...(homeVisitSteps as Record<string, T>),
    // Withdrawing gives back every seat or visit still booked, in the same transaction.
    withdraw: releasingPlaces(intake.withdraw as Transition<Application, BookingDeps>) as T,
    approve: approve(['under_review'], 'approved', 'assessed') as T,
    reject: refusal('reject', ['under_review']) as T,
    ...(cardDelivery as Record<string, T>),
  });

const cardOnly = (name: 'renewal' | 'damaged' | 'reissue') =>
  certificateMatter(name, {
    approve: approve(['accepted'], 'approved', 'renewed') as T,
    reject: refusal('reject', ['accepted']) as T,
    ...(cardDelivery as Record<string, T>),
  });

export const certificateMatterTypes: MatterType<Application, CertificateDeps>[] = [
  assessed('new', { ...intake.submit, guard: noCardAlready }),
  assessed('change', intake.submit),
  cardOnly('renewal'),
  cardOnly('damaged'),
  cardOnly('reissue'),
  certificateMatter('cancellation', {
    approve: approve(['accepted'], 'completed', 'cancelled') as T,
    reject: refusal('reject', ['accepted']) as T,
  }),
];
