/** The assessor's desk and the sessions they (and district staff) keep: sessions, roster, check-in, no-show, the person, the result. */
import * as z from 'zod/mini';
import { useQuery } from '@tanstack/react-query';
import { answerOf, api } from '../../api';
import type { listSessions, sessionRoster } from '../../../../functions/booking/sessions';
import type { assessorView } from '../../../../functions/booking/assessor-desk';
import type { visitPlan } from '../../../../functions/booking/home-visits';

export type SessionList = Awaited<ReturnType<typeof listSessions>>;
export type Roster = Awaited<ReturnType<typeof sessionRoster>>;
export type AssessorView = Awaited<ReturnType<typeof assessorView>>;
export type VisitPlan = Awaited<ReturnType<typeof visitPlan>>;

export const deskKeys = {
  all: ['desk'] as const,
  sessions: () => [...deskKeys.all, 'sessions'] as const,
  roster: (id: string) => [...deskKeys.all, 'roster', id] as const,
  person: (id: string) => [...deskKeys.all, 'person', id] as const,
  plan: () => [...deskKeys.all, 'plan'] as const,
};

const changed = z.looseObject({ id: z.string(), status: z.string(), version: z.number() });
const sessionList = answerOf<SessionList>(z.looseObject({ sessions: z.array(z.looseObject({ id: z.string(), date: z.string(), start: z.string(), seats: z.number(), booked: z.number() })), templates: z.array(z.looseObject({ id: z.string() })) }));
const roster = answerOf<Roster>(z.looseObject({ session: z.looseObject({ id: z.string(), date: z.string() }), seats: z.array(z.looseObject({ bookingId: z.string(), matterId: z.string(), personName: z.string(), status: z.string() })) }));
const person = answerOf<AssessorView>(z.looseObject({ application: changed, personName: z.string(), needs: z.array(z.string()), bookings: z.array(z.looseObject({ id: z.string() })), actions: z.array(z.string()) }));
const plan = answerOf<VisitPlan>(z.looseObject({ windows: z.array(z.string()), teams: z.array(z.looseObject({ id: z.string() })), townships: z.array(z.looseObject({ id: z.string(), communities: z.array(z.looseObject({ name: z.string() })) })) }));
const checkedIn = answerOf<{ application: z.infer<typeof changed>; booking: { personName: string; reference: string } }>(z.object({ application: changed, booking: z.looseObject({ personName: z.string(), reference: z.string() }) }));
const justChanged = answerOf<{ application: z.infer<typeof changed> }>(z.looseObject({ application: changed }));

export const fetchSessions = () => api('/sessions', { answer: sessionList });
export const useSessions = () => useQuery({ queryKey: deskKeys.sessions(), queryFn: fetchSessions });
export const fetchRoster = (id: string) => api(`/sessions/${id}/roster`, { answer: roster });
export const useRoster = (id: string) => useQuery({ queryKey: deskKeys.roster(id), queryFn: () => fetchRoster(id) });
export const fetchPerson = (id: string) => api(`/assessor/applications/${id}`, { answer: person });
export const usePerson = (id: string) => useQuery({ queryKey: deskKeys.person(id), queryFn: () => fetchPerson(id) });
export const fetchPlan = () => api('/home-visits', { answer: plan });
export const usePlan = () => useQuery({ queryKey: deskKeys.plan(), queryFn: fetchPlan });

export const checkIn = (reference: string) => api('/check-ins', { method: 'POST', body: { reference }, answer: checkedIn });
export const markMissed = (matterId: string, bookingId: string, version: number) => api(`/applications/${matterId}/bookings/${bookingId}/missed`, { method: 'POST', body: { version }, answer: justChanged });
export const recordResult = (id: string, version: number, action: string, fields: Record<string, unknown>) =>
  api(`/assessor/applications/${id}/result`, { method: 'POST', body: { action, version, ...fields }, answer: justChanged });
export const closeSession = (id: string, reason: string, idempotencyKey: string) =>
  api(`/sessions/${id}/close`, { method: 'POST', body: { reason }, idempotencyKey, answer: answerOf<{ released: number }>(z.looseObject({ released: z.number() })) });
export const addTemplate = (body: Record<string, unknown>, idempotencyKey: string) =>
  api('/session-templates', { method: 'POST', body, idempotencyKey, answer: answerOf<{ made: number }>(z.looseObject({ made: z.number() })) });
