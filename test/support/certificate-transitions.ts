/**
 * The certificate matters' transitions as the unit tests read them: who ("citizen" for the applicant's
 * parts, "staff") may take which action from which status, straight from the matter types' data.
 */
import { matterType } from '../../functions/matters/registry.js';
import { IllegalTransitionError } from '../../functions/shared/errors.js';
import { MATTERS, type ApplicationStatus, type Matter } from '../../functions/certificates/statuses.js';
import type { intakeTransitions } from '../../functions/matters/intake.js';
import type { assessmentSteps } from '../../functions/certificates/assessment-steps.js';
import type { cardDelivery } from '../../functions/certificates/card-delivery.js';

export { APPLICATION_STATUSES, type ApplicationStatus, type Matter } from '../../functions/certificates/statuses.js';
export { IllegalTransitionError };

type Actor = 'citizen' | 'staff';
interface Row {
  from: readonly ApplicationStatus[];
  to: ApplicationStatus | undefined;
  by: Actor;
}

function tableOf(matter: Matter): Record<string, Row> {
  return Object.fromEntries(
    Object.entries(matterType(matter).transitions).map(([action, t]) => [action, { from: t.from as ApplicationStatus[], to: t.to as ApplicationStatus | undefined, by: ([] as string[]).concat(t.by).includes('staff') ? 'staff' : 'citizen' }]),
  );
}

export const MACHINES = Object.fromEntries(MATTERS.map((m) => [m, tableOf(m)])) as Record<Matter, Record<string, Row>>;
export type ApplicationAction = keyof ReturnType<typeof intakeTransitions> | keyof typeof assessmentSteps | keyof typeof cardDelivery | 'approve' | 'reject';
/** The new-certificate matter's table: every action there is. */
export const TRANSITIONS = MACHINES.new as Record<ApplicationAction, Row>;

export function nextStatus(from: ApplicationStatus, action: ApplicationAction, actor: Actor, matter: Matter = 'new'): ApplicationStatus {
  const t = MACHINES[matter][action];
  if (!t || t.by !== actor || !t.from.includes(from)) throw new IllegalTransitionError(action, from);
  return t.to ?? from;
}

export function availableActions(status: ApplicationStatus, actor: Actor, matter: Matter = 'new'): string[] {
  return Object.entries(MACHINES[matter])
    .filter(([, t]) => t.by === actor && t.from.includes(status))
    .map(([action]) => action);
}
