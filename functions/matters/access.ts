/**
 * Who may see or act on a matter, in one place. Someone without a part in a matter cannot tell it from
 * one that does not exist: that refusal is a 404. Someone with another part (a relative who may only
 * follow, trying to upload) is told they may not: a 403.
 */
import type { Caller } from '../shared/http/caller.js';
import { ForbiddenError, NotFoundError } from '../shared/errors.js';
import type { Acting, MatterRecord, MatterRole } from './matter.js';
import type { MatterStore } from './ports.js';

/** A district's staff member handles its matters. */
export function inStaffDistrict(caller: Caller, matter: Pick<MatterRecord, 'districtCode'>): boolean {
  return caller.roles.includes('staff') && !!caller.district && matter.districtCode === caller.district;
}

/**
 * The parts the caller plays in this matter: the applicant is its owner, and for a matter filed at the
 * counter or on a home visit (代办) also the staff of its district, who fill it in and send it; staff of
 * its district handle it.
 */
function ownParts(caller: Caller, matter: MatterRecord): MatterRole[] {
  const parts: MatterRole[] = [];
  const owner = matter.ownerId === caller.userId;
  const districtStaff = inStaffDistrict(caller, matter);
  if (owner) parts.push('owner');
  if (owner || (districtStaff && matter.channel !== undefined && matter.channel !== 'online')) parts.push('applicant');
  if (districtStaff) parts.push('staff');
  if (caller.system) parts.push('system');
  return parts;
}

/**
 * Something else that gives people parts in matters, kept where its facts are (a booking gives an
 * assessor a part, a delegation gives a relative one). Sources are read on every request: a part taken
 * away is gone on the next one.
 */
export type PartSource = (caller: Caller, matter: MatterRecord) => Promise<MatterRole[]>;

/**
 * How a source names the people it gives parts, for the timeline and audit trail ("李娜 (daughter)");
 * undefined when the caller is not one of its people. Read only when someone acts.
 */
export type ActorSource = (caller: Caller, matter: MatterRecord, parts: readonly MatterRole[]) => Promise<Acting | undefined>;

/** Told when someone with no part at all reaches a matter, so a source can record the attempt (a former delegate's old page). */
export type RefusalWatch = (caller: Caller, matter: MatterRecord) => Promise<void>;

export interface AccessDeps<M extends MatterRecord = MatterRecord> {
  matters: Pick<MatterStore<M>, 'get'>;
  /** The sources beyond the matter itself (functions/adapters/wire.ts lists them). */
  partSources?: PartSource[];
  refusalWatches?: RefusalWatch[];
}

export async function partsOf(deps: Pick<AccessDeps, 'partSources'>, caller: Caller, matter: MatterRecord): Promise<MatterRole[]> {
  const more = await Promise.all((deps.partSources ?? []).map((source) => source(caller, matter)));
  return [...new Set([...ownParts(caller, matter), ...more.flat()])];
}

/** Someone with a part, but not the one needed: a relative who may only follow is told so. */
export function refusedPart(parts: readonly MatterRole[]): ForbiddenError {
  return new ForbiddenError(parts.includes('delegate') && !parts.includes('applicant') ? 'delegate.followOnly' : undefined);
}

/** Someone with no part reached the matter: the watches record it, and the answer is a 404. */
export async function refuseUnknown(deps: Pick<AccessDeps, 'refusalWatches'>, caller: Caller, matter: MatterRecord): Promise<never> {
  await Promise.all((deps.refusalWatches ?? []).map((watch) => watch(caller, matter)));
  throw new NotFoundError();
}

/**
 * The matter, when the caller plays `part` (or one of `part`) in it. No part at all, or another part, is a
 * NotFoundError (missing and not yours look the same); the person or a relative with another part is a
 * ForbiddenError that says why.
 */
export async function matterFor<M extends MatterRecord>(deps: AccessDeps<M>, id: string, caller: Caller, part: MatterRole | readonly MatterRole[]): Promise<M> {
  return (await matterWithParts(deps, id, caller, part)).matter;
}

/** As `matterFor`, with every part the caller plays (what the page may offer them). */
export async function matterWithParts<M extends MatterRecord>(
  deps: AccessDeps<M>,
  id: string,
  caller: Caller,
  part: MatterRole | readonly MatterRole[],
): Promise<{ matter: M; parts: MatterRole[] }> {
  const matter = await deps.matters.get(id);
  if (!matter) throw new NotFoundError();
  const parts = await partsOf(deps, caller, matter);
  if (parts.length === 0) return refuseUnknown(deps, caller, matter);
  const wanted: readonly MatterRole[] = typeof part === 'string' ? [part] : part;
  // A relative or the person themselves is told they may not do this; anyone else cannot tell it from none.
  if (!parts.some((p) => wanted.includes(p))) throw parts.includes('delegate') || parts.includes('subject') ? refusedPart(parts) : new NotFoundError();
  return { matter, parts };
}

