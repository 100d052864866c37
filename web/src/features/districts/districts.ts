import { useQuery } from '@tanstack/react-query';
import { api } from './api';
import type { DistrictRules, LocalisedText } from '../../functions/districts/district-config';

export interface DistrictInfo {
  code: string;
  name: LocalisedText;
  assessmentInstitutions: { id: string; name: LocalisedText; address: LocalisedText }[];
  rules: DistrictRules;
}

export function useDistricts() {
  return useQuery({ queryKey: ['districts'], queryFn: () => api<{ districts: DistrictInfo[] }>('/districts'), staleTime: 5 * 60_000 });
}

export const localised = (text: LocalisedText, language: string) => (language === 'en' ? text.en : text['zh-CN']);

/** The districts as radio options, named in the page's language. */
export function districtOptions(districts: DistrictInfo[] | undefined, language: string) {
  return (districts ?? []).map((d) => ({ value: d.code, label: localised(d.name, language) }));
}
