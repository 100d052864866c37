import { useQuery } from '@tanstack/react-query';
import { api } from './api';
import type { ApplicationDetail } from '../../functions/applications/read-applications';

export type { ApplicationDetail };

export function useApplication(id: string) {
  return useQuery({ queryKey: ['application', id], queryFn: () => api<ApplicationDetail>(`/applications/${id}`) });
}
