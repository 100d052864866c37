/**
 * An assessor plays a part in a matter only while the person is booked into a session (or a home
 * visit) of the assessor's own institution — read from the bookings on every request, so a booking
 * moved elsewhere or released takes the part away at once (functions/matters/access.ts).
 */
import type { PartSource } from '../matters/access.js';
import type { Caller } from '../shared/http/caller.js';
import type { Booking } from './booking.js';
import type { BookingStore } from './ports.js';

/** A booking an assessor of this institution deals with: held, used or missed there (not moved away or released). */
export const servedBy = (caller: Caller, booking: Pick<Booking, 'institutionId' | 'status'>): boolean =>
  caller.roles.includes('assessor') && !!caller.institution && booking.institutionId === caller.institution && ['booked', 'checkedIn', 'missed'].includes(booking.status);

export function assessorPart(bookings: Pick<BookingStore, 'listForMatter'>): PartSource {
  return async (caller, matter) => {
    if (!caller.roles.includes('assessor') || !caller.institution) return [];
    return (await bookings.listForMatter(matter.id)).some((b) => servedBy(caller, b)) ? ['assessor'] : [];
  };
}
