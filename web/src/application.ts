import { useQuery } from '@tanstack/react-query';
import { api } from './api';
import type { Application, DocumentRecord, TimelineEntry } from '../../functions/applications/application';

export interface ApplicationDetail {
  application: Application;
  masked: { personIdNumber?: string; personPhone?: string; agentPhone?: string };
  documents: DocumentRecord[];
  timeline: TimelineEntry[];
  actions: string[];
}

export function useApplication(id: string) {
  return useQuery({ queryKey: ['application', id], queryFn: () => api<ApplicationDetail>(`/applications/${id}`) });
}
