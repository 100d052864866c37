import type { Application } from './application.js';
import { ownApplication } from './manage-drafts.js';
import { nextStatus } from './state-machine.js';
import { stateChange } from './changes.js';
import type { SubmitDeps } from './submit-application.js';

/** The applicant may withdraw at any point before approval. */
export async function withdrawApplication(deps: Omit<SubmitDeps, 'files'>, ownerId: string, id: string, expectedVersion: number): Promise<Application> {
  const application = await ownApplication(deps.applications, id, ownerId);
  const to = nextStatus(application.status, 'withdraw', 'citizen', application.matter);
  return deps.applications.changeState(
    stateChange({
      application,
      expectedVersion,
      to,
      event: 'withdrawn',
      by: { role: 'citizen', userId: ownerId, name: 'applicant' },
      at: deps.now().toISOString(),
      newId: deps.newId,
    }),
  );
}
