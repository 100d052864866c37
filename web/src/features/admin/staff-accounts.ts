/** The administrator's staff list: who is staff, of which district; adding, moving, ending a staff role. */
import * as z from 'zod/mini';
import { useQuery } from '@tanstack/react-query';
import { answerOf, api } from '../../api';
import type { StaffMember } from '../../../../functions/admin/manage-staff';

export type { StaffMember };

export const staffAccountKeys = { all: ['admin-staff'] as const };

const member = z.looseObject({ userId: z.string(), phoneMasked: z.string(), name: z.string(), roles: z.array(z.string()) });
const list = answerOf<{ staff: StaffMember[] }>(z.object({ staff: z.array(member) }));
const saved = answerOf<{ member: StaffMember }>(z.object({ member }));

export const fetchStaffAccounts = () => api('/admin/staff', { answer: list });

export function useStaffAccounts() {
  return useQuery({ queryKey: staffAccountKeys.all, queryFn: fetchStaffAccounts });
}

export const saveStaffAccount = (body: { phone: string; name: string; district: string; active: boolean; role?: 'staff' | 'assessor'; institution?: string }) => api('/admin/staff', { method: 'PUT', body, answer: saved });
