/** GET /api/districts: the districts served, their assessment institutions and the rules in effect. */
import * as z from 'zod/mini';
import { useQuery } from '@tanstack/react-query';
import { answerOf, api } from '../../api';
import type { DistrictRules, LocalisedText } from '../../../../functions/districts/district-config';

export interface DistrictInfo {
  code: string;
  name: LocalisedText;
  assessmentInstitutions: { id: string; name: LocalisedText; address: LocalisedText }[];
  rules: DistrictRules;
}

export const districtKeys = { all: ['districts'] as const };

const text = z.object({ 'zh-CN': z.string(), en: z.string() });
const answer = answerOf<{ districts: DistrictInfo[] }>(
  z.object({ districts: z.array(z.looseObject({ code: z.string(), name: text, assessmentInstitutions: z.array(z.looseObject({ id: z.string(), name: text })), rules: z.looseObject({}) })) }),
);

export const fetchDistricts = () => api('/districts', { answer });

export function useDistricts() {
  return useQuery({ queryKey: districtKeys.all, queryFn: fetchDistricts, staleTime: 5 * 60_000 });
}

export const localised = (text: LocalisedText, language: string) => (language === 'en' ? text.en : text['zh-CN']);

/** The districts as radio options, named in the page's language. */
export function districtOptions(districts: DistrictInfo[] | undefined, language: string) {
  return (districts ?? []).map((d) => ({ value: d.code, label: localised(d.name, language) }));
}
