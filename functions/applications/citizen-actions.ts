/** What the citizen does after submitting, besides withdrawing: sign a 容缺 promise, rate the finished matter. */
import type { Application } from './application.js';
import { ownApplication } from './manage-drafts.js';
import { stateChange } from './changes.js';
import type { SubmitDeps } from './submit-application.js';
import { IllegalTransitionError, nextStatus } from './state-machine.js';
import { StaleVersionError } from '../shared/errors.js';

type Deps = Omit<SubmitDeps, 'files'>;

/** 容缺受理: the applicant promises, in the portal, to send the deferred materials by their date. */
export async function signDeferralPromise(deps: Deps, ownerId: string, id: string, expectedVersion: number): Promise<Application> {
  const application = await ownApplication(deps.applications, id, ownerId);
  if (!application.deferral || application.deferral.promiseSignedAt) throw new IllegalTransitionError('signPromise', application.status);
  if (application.version !== expectedVersion) throw new StaleVersionError({ status: application.status, version: application.version });
  const at = deps.now().toISOString();
  return deps.applications.changeState(
    stateChange({
      application,
      expectedVersion,
      to: application.status,
      event: 'promiseSigned',
      params: { dueOn: application.deferral.dueOn },
      set: { deferral: { ...application.deferral, promiseSignedAt: at } },
      by: { role: 'citizen', userId: ownerId, name: 'applicant' },
      at,
      newId: deps.newId,
    }),
  );
}

/** 好差评: once, five levels, an optional comment. */
export async function rateService(deps: Deps, ownerId: string, id: string, expectedVersion: number, level: 1 | 2 | 3 | 4 | 5, comment?: string): Promise<Application> {
  const application = await ownApplication(deps.applications, id, ownerId);
  const to = nextStatus(application.status, 'rate', 'citizen', application.matter);
  const at = deps.now().toISOString();
  return deps.applications.changeState(
    stateChange({
      application,
      expectedVersion,
      to,
      event: 'rated',
      params: { level: String(level) },
      set: { rating: { level, ...(comment ? { comment } : {}), at } },
      by: { role: 'citizen', userId: ownerId, name: 'applicant' },
      at,
      newId: deps.newId,
    }),
  );
}
