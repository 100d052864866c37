import type { Application } from './application.js';
import { ownApplication } from './manage-drafts.js';
import { nextStatus } from './state-machine.js';
import type { SubmitDeps } from './submit-application.js';

/** The applicant may withdraw at any point before approval. */
export async function withdrawApplication(deps: Omit<SubmitDeps, 'files'>, ownerId: string, id: string, expectedVersion: number): Promise<Application> {
  const application = await ownApplication(deps.applications, id, ownerId);
  const to = nextStatus(application.status, 'withdraw', 'citizen');
  const at = deps.now().toISOString();
  return deps.applications.changeState({
    application,
    expectedVersion,
    at,
    set: { status: to },
    timeline: { id: deps.newId(), at, status: to, event: 'withdrawn', actor: 'citizen' },
    outbox: {
      id: deps.newId(),
      type: 'application.withdrawn',
      applicationId: id,
      recipientUserIds: [ownerId],
      params: { reference: application.reference ?? '' },
      createdAt: at,
    },
  });
}
