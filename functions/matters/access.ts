/**
 * Who may see or act on a matter, in one place. Someone without a part in a matter cannot tell it from
 * one that does not exist: every refusal here is a 404.
 */
import type { Caller } from '../shared/http/caller.js';
import { NotFoundError } from '../shared/errors.js';
import type { MatterRecord, MatterRole } from './matter.js';
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

export interface AccessDeps<M extends MatterRecord = MatterRecord> {
  matters: Pick<MatterStore<M>, 'get'>;
  /** The sources beyond the matter itself (functions/adapters/wire.ts lists them). */
  partSources?: PartSource[];
}

export async function partsOf(deps: Pick<AccessDeps, 'partSources'>, caller: Caller, matter: MatterRecord): Promise<MatterRole[]> {
  const more = await Promise.all((deps.partSources ?? []).map((source) => source(caller, matter)));
  return [...new Set([...ownParts(caller, matter), ...more.flat()])];
}

/** The matter, when the caller plays `part` (or one of the parts) in it; a NotFoundError otherwise (missing and not yours look the same). */
export async function matterFor<M extends MatterRecord>(deps: AccessDeps<M>, id: string, caller: Caller, part: MatterRole | readonly MatterRole[]): Promise<M> {
  const matter = await deps.matters.get(id);
  const wanted = ([] as readonly MatterRole[]).concat(part);
  if (!matter || !(await partsOf(deps, caller, matter)).some((p) => wanted.includes(p))) throw new NotFoundError();
  return matter;
}

