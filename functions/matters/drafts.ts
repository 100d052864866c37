/**
 * Drafts of any matter type: made by the applicant (or by staff at the counter, 代办), saved at every
 * step. Answers are checked by the route's schema; whether they are complete is the submission's question.
 */
import type { Caller } from '../shared/http/caller.js';
import { ValidationError } from '../shared/errors.js';
import { keepUnchanged, maskedMatter, type SensitiveField } from './sensitive-answers.js';
import type { MatterRecord } from './matter.js';
import type { MatterStore } from './ports.js';
import { matterFor } from './access.js';

export interface DraftDeps<M extends MatterRecord> {
  matters: MatterStore<M>;
  now: () => Date;
  newId: () => string;
}

export async function createDraft<M extends MatterRecord>(
  deps: DraftDeps<M>,
  ownerId: string,
  answers: M['answers'],
  extra: Pick<M, 'matter'> & Partial<Omit<M, 'id' | 'ownerId' | 'status' | 'version' | 'answers' | 'createdAt' | 'updatedAt'>>,
): Promise<M> {
  const at = deps.now().toISOString();
  const matter = { id: deps.newId(), ownerId, channel: 'online', ...extra, status: 'draft', version: 1, answers, createdAt: at, updatedAt: at } as M;
  await deps.matters.create(matter);
  return matter;
}

/**
 * Saves a draft's answers. A mask sent back (what staff see of a 代办 draft) keeps the number it stands
 * for; a mask of anything else cannot be kept, so the number has to be typed in full. Staff get the
 * saved draft masked, as every staff read.
 */
export async function saveDraft<M extends MatterRecord>(
  deps: Pick<DraftDeps<M>, 'matters' | 'now'>,
  caller: Caller,
  id: string,
  expectedVersion: number,
  answers: M['answers'],
  masks: Partial<Record<SensitiveField, string>> = {},
): Promise<M> {
  const matter = await matterFor(deps, id, caller, 'applicant');
  const kept = keepUnchanged(answers as Record<string, unknown>, matter.answers, masks);
  if (kept.wrong.length > 0) throw new ValidationError(kept.wrong.map((field) => ({ field: `answers.${field}`, code: 'error.masked.retype' })));
  const saved = await deps.matters.saveAnswers(id, expectedVersion, kept.answers as M['answers'], deps.now().toISOString());
  return saved.ownerId === caller.userId ? saved : maskedMatter(saved);
}
