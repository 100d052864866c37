/** Where an assessment happens: an institution of the district, or one of its teams at the person's home. */
import { districts, findDistrict, type District, type LocalisedText } from '../districts/district-config.js';
import type { AssessedCategory } from './booking.js';

export type Institution = District['assessmentInstitutions'][number];

export function institutionOf(districtCode: string, institutionId: string): Institution | undefined {
  return findDistrict(districtCode)?.assessmentInstitutions.find((i) => i.id === institutionId);
}

/** The district an institution belongs to (an assessor's institution says which district they serve). */
export function districtOfInstitution(institutionId: string): District | undefined {
  return districts.find((d) => d.assessmentInstitutions.some((i) => i.id === institutionId));
}

export function teamOf(districtCode: string, teamId: string): { institution: Institution; name: LocalisedText } | undefined {
  for (const institution of findDistrict(districtCode)?.assessmentInstitutions ?? []) {
    const team = institution.homeVisitTeams.find((t) => t.id === teamId);
    if (team) return { institution, name: team.name };
  }
  return undefined;
}

/** The categories a matter is assessed in: its own, or each of the six for a multiple disability (7). */
export function neededCategories(category: string | undefined): AssessedCategory[] {
  if (category === '7') return ['1', '2', '3', '4', '5', '6'];
  return category && /^[1-6]$/.test(category) ? [category as AssessedCategory] : [];
}

/** Message parameters naming a place in both languages. */
export function placeParams(districtCode: string, institutionId: string): { institutionZh: string; institutionEn: string; siteZh: string; siteEn: string } {
  const institution = institutionOf(districtCode, institutionId);
  const short = institution?.shortName ?? institution?.name;
  return { institutionZh: institution?.name['zh-CN'] ?? '', institutionEn: institution?.name.en ?? '', siteZh: short?.['zh-CN'] ?? '', siteEn: short?.en ?? '' };
}
