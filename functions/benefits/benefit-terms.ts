/** The words of the benefit catalogue, without zod: the web pages' questions use them too. */
export const HOUSEHOLD_STATUSES = ['dibao', 'dibaoEdge', 'tekun', 'none'] as const;
/** 低保, 低保边缘, 特困, none of them. */
export type HouseholdStatus = (typeof HOUSEHOLD_STATUSES)[number];

/** Allowances from other programmes that overlap with ours (domain.md §5). */
export const ALLOWANCES = ['elderlyCare', 'workInjuryCare', 'retiredCadreCare', 'orphanSupport'] as const;
export type Allowance = (typeof ALLOWANCES)[number];

/** What excludes a benefit outright: an allowance, or 特困 support. */
export const EXCLUSIONS = [...ALLOWANCES, 'tekun'] as const;
export type Exclusion = (typeof EXCLUSIONS)[number];

/** The partner registers the portal may ask instead of asking the person for paper (domain.md §1). */
export const REGISTERS = ['civilAffairs', 'hukou', 'deaths', 'allowances'] as const;
export type Register = (typeof REGISTERS)[number];

/** Facts about the person that only a benefit's own questions can tell (nothing registers hold). */
export const FACTS = ['lowerLimb', 'ownsMotorisedWheelchair', 'dwellingModifiable'] as const;
export type Fact = (typeof FACTS)[number];

export const STAGES = ['township', 'federation', 'civilAffairs'] as const;
export type Stage = (typeof STAGES)[number];

export const BENEFIT_MATERIALS = ['hukouPage', 'dibaoCertificate', 'vehicleLicence', 'diagnosis', 'guardianProof', 'dwellingProof'] as const;
export type BenefitMaterial = (typeof BENEFIT_MATERIALS)[number];
