/**
 * Who reviews a benefit matter: a reviewer of a stage (an account role of the same name, scoped to its
 * district by the stored profile) has that stage's part in the district's submitted benefit matters,
 * and none in drafts, proposals or any other kind of matter. Registered in adapters/wire.ts.
 */
import type { PartSource } from '../matters/access.js';
import type { MatterRole } from '../matters/matter.js';
import { isBenefitMatter, STAGE_PART } from './benefit-matter.js';

export const REVIEWER_ROLES = Object.values(STAGE_PART);

export const benefitReviewerParts: PartSource = async (caller, matter) => {
  if (!isBenefitMatter(matter) || !matter.reference || !caller.district || caller.district !== matter.districtCode) return [];
  return REVIEWER_ROLES.filter((role) => (caller.roles as string[]).includes(role)) as MatterRole[];
};
