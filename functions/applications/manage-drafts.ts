import type { Application, ApplicationStore } from './application.js';
import type { DraftAnswers } from './schemas.js';
import { NotFoundError, ValidationError } from '../shared/errors.js';
import { keepUnchanged, maskedApplication, type SensitiveField } from './sensitive-answers.js';
import type { Caller } from '../shared/http/caller.js';
import { applicationToFillIn } from './access.js';

export interface DraftDeps {
  applications: ApplicationStore;
  now: () => Date;
  newId: () => string;
}

/** The caller's own application, or NotFoundError: someone else's record is indistinguishable from none. */
export async function ownApplication(store: ApplicationStore, id: string, ownerId: string): Promise<Application> {
  const application = await store.get(id);
  if (!application || application.ownerId !== ownerId) throw new NotFoundError();
  return application;
}

export async function createDraft(
  deps: DraftDeps,
  ownerId: string,
  answers: DraftAnswers,
  extra: Pick<Application, 'matter'> & Partial<Pick<Application, 'channel' | 'filedBy' | 'districtCode' | 'certificateNumber' | 'matterReason'>> = { matter: 'new' },
): Promise<Application> {
  const at = deps.now().toISOString();
  const application: Application = {
    id: deps.newId(),
    ownerId,
    channel: 'online',
    ...extra,
    status: 'draft',
    version: 1,
    answers,
    createdAt: at,
    updatedAt: at,
  };
  await deps.applications.create(application);
  return application;
}

export async function saveDraft(
  deps: Pick<DraftDeps, 'applications' | 'now'>,
  caller: Caller,
  id: string,
  expectedVersion: number,
  answers: DraftAnswers,
  masks: Partial<Record<SensitiveField, string>> = {},
): Promise<Application> {
  const application = await applicationToFillIn(deps.applications, id, caller);
  const kept = keepUnchanged(answers, application.answers, masks);
  // A mask that stands for no stored number cannot be kept: the number has to be typed in full.
  if (kept.wrong.length > 0) throw new ValidationError(kept.wrong.map((field) => ({ field: `answers.${field}`, code: 'error.masked.retype' })));
  const saved = await deps.applications.saveAnswers(id, expectedVersion, kept.answers, deps.now().toISOString());
  return saved.ownerId === caller.userId ? saved : maskedApplication(saved);
}
