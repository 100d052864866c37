/** The rules a benefit matter is handled under, and the stages they give it. */
import { ValidationError } from '../shared/errors.js';
import { workingDaysAfter } from '../matters/deadlines.js';
import { benefitInEffect, benefitVersion, catalogue } from './catalogue.js';
import type { BenefitVersion, Stage } from './catalogue-schema.js';
import { STAGE_STATUS, type BenefitMatter, type BenefitStatus, type StageClock } from './benefit-matter.js';

/** The version pinned on the matter (decided under), or the one in effect today for a matter not yet submitted. */
export function rulesOf(matter: Pick<BenefitMatter, 'benefitId' | 'districtCode' | 'rulesFrom' | 'status'>, today: string): BenefitVersion {
  const pinned = ['proposed', 'draft'].includes(matter.status) ? undefined : benefitVersion(matter.benefitId, matter.districtCode, matter.rulesFrom);
  const version = pinned ?? benefitInEffect(matter.benefitId, matter.districtCode, today);
  if (!version) throw new ValidationError([{ field: 'benefitId', code: 'error.benefit.notOffered' }]);
  return version;
}

/** The stage after `stage` (the first when none), or undefined after the last. */
export function stageAfter(v: BenefitVersion, stage: Stage | undefined): Stage | undefined {
  if (!stage) return v.stages[0]!.stage;
  const index = v.stages.findIndex((s) => s.stage === stage);
  return v.stages[index + 1]?.stage;
}

export function stageClock(v: BenefitVersion, stage: Stage, today: string): StageClock {
  const spec = v.stages.find((s) => s.stage === stage)!;
  const due = workingDaysAfter(today, spec.workingDays);
  return { stage, since: today, due: due.date, ...(due.provisional ? { provisional: true } : {}) };
}

export const statusOfStage = (stage: Stage): BenefitStatus => STAGE_STATUS[stage];

/** 限时办结 for the whole matter: every stage's limit and the notice, in working days. */
export function totalWorkingDays(v: BenefitVersion): number {
  return v.stages.reduce((sum, s) => sum + s.workingDays, 0) + (v.publicNotice?.workingDays ?? 0);
}

/** The organisation of a stage, for the timeline and messages. */
export const organisationOf = (v: BenefitVersion, stage: Stage) => v.stages.find((s) => s.stage === stage)!.organisation;

/** The benefit's name as the matter's rules give it (any version's name for a benefit no longer offered). */
export function benefitNameOf(matter: Pick<BenefitMatter, 'benefitId' | 'districtCode' | 'rulesFrom'>): BenefitVersion['name'] | undefined {
  return (benefitVersion(matter.benefitId, matter.districtCode, matter.rulesFrom) ?? catalogue.find((v) => v.id === matter.benefitId))?.name;
}
