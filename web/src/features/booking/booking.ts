/**
 * The assessment appointment: what a matter has booked (with its pass), the sessions with free seats,
 * and booking, moving, cancelling, waiting and asking for a home visit. Answers are checked on arrival.
 */
import * as z from 'zod/mini';
import { useQuery } from '@tanstack/react-query';
import { answerOf, api } from '../../api';
import type { appointmentOverview, availability } from '../../../../functions/booking/appointments';

export type Overview = Awaited<ReturnType<typeof appointmentOverview>>;
export type Availability = Awaited<ReturnType<typeof availability>>;
export type Pass = Overview['active'][number];

export const bookingKeys = {
  all: ['booking'] as const,
  overview: (id: string) => [...bookingKeys.all, 'overview', id] as const,
  availability: (id: string, category: string) => [...bookingKeys.all, 'availability', id, category] as const,
};

const changed = z.looseObject({ id: z.string(), status: z.string(), version: z.number() });
const pass = z.looseObject({ id: z.string(), reference: z.string(), date: z.string(), start: z.string(), end: z.string(), mode: z.string(), qr: z.object({ size: z.number(), path: z.string() }) });
const overview = answerOf<Overview>(
  z.looseObject({ application: changed, needed: z.array(z.string()), toBook: z.array(z.string()), active: z.array(pass), needs: z.array(z.string()), missed: z.number(), waits: z.array(z.looseObject({ sessionId: z.string() })) }),
);
const sessions = answerOf<Availability>(
  z.looseObject({ from: z.string(), to: z.string(), sessions: z.array(z.looseObject({ id: z.string(), date: z.string(), start: z.string(), end: z.string(), seatsLeft: z.number(), institutionId: z.string() })) }),
);
const booked = answerOf<{ application: z.infer<typeof changed>; booking: Pass }>(z.object({ application: changed, booking: pass }));
const justChanged = answerOf<{ application: z.infer<typeof changed> }>(z.looseObject({ application: changed }));
const waiting = answerOf<{ waiting: { sessionId: string } }>(z.object({ waiting: z.looseObject({ sessionId: z.string() }) }));

export const fetchOverview = (id: string) => api(`/applications/${id}/booking`, { answer: overview });
export function useBookingOverview(id: string) {
  return useQuery({ queryKey: bookingKeys.overview(id), queryFn: () => fetchOverview(id) });
}

export const fetchAvailability = (id: string, category: string) => api(`/applications/${id}/availability?category=${encodeURIComponent(category)}`, { answer: sessions });
export function useAvailability(id: string, category: string | undefined) {
  return useQuery({ queryKey: bookingKeys.availability(id, category ?? ''), queryFn: () => fetchAvailability(id, category!), enabled: !!category });
}

export const book = (id: string, body: { version: number; sessionId: string; needs?: string[]; fromWaitingList?: boolean }, idempotencyKey: string) =>
  api(`/applications/${id}/bookings`, { method: 'POST', body, idempotencyKey, answer: booked });

export const reschedule = (id: string, bookingId: string, body: { version: number; sessionId?: string; date?: string; window?: string }, idempotencyKey: string) =>
  api(`/applications/${id}/bookings/${bookingId}/reschedule`, { method: 'POST', body, idempotencyKey, answer: booked });

export const cancel = (id: string, bookingId: string, version: number, idempotencyKey: string) =>
  api(`/applications/${id}/bookings/${bookingId}/cancel`, { method: 'POST', body: { version }, idempotencyKey, answer: justChanged });

export const joinWaitingList = (id: string, sessionId: string, idempotencyKey: string) =>
  api(`/applications/${id}/waiting-list`, { method: 'POST', body: { sessionId }, idempotencyKey, answer: waiting });

export const askHomeVisit = (id: string, body: { version: number; reason: string; note?: string; townshipId: string; community: string }, idempotencyKey: string) =>
  api(`/applications/${id}/home-visit`, { method: 'POST', body, idempotencyKey, answer: justChanged });
