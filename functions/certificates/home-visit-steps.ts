/**
 * 上门评残: someone who cannot travel asks for the assessment at home, with a reason; the district's
 * staff approve or refuse it (with a reason), then give it a day, a two-hour window and a team, within
 * the team's visits a day (⚙). The visit is a booking like a seat: a pass, reminders, the same
 * reschedule rules and check-in (booking-steps.ts).
 */
import type { Transition } from '../matters/matter-type.js';
import { findDistrict } from '../districts/district-config.js';
import type { Booking, HomeVisitReason, HomeVisitRequest } from '../booking/booking.js';
import { newBookingReference } from '../booking/reference.js';
import { neededCategories, teamOf } from '../booking/places.js';
import { bookingsOf, homeSlot, refuse, whenParams, type BookingDeps } from './matter-places.js';
import type { Application } from './application.js';

type T = Transition<Application, BookingDeps>;

const request = (matter: Application): HomeVisitRequest => bookingsOf(matter).homeVisit ?? refuse('action', 'error.homeVisit.notRequested');

export const homeVisitSteps = {
  requestHomeVisit: {
    from: ['accepted'],
    by: ['applicant', 'staff'],
    event: 'homeVisitRequested',
    notify: false,
    offered: false,
    effect({ matter, input, at }) {
      const current = bookingsOf(matter);
      if (current.active.length > 0) refuse('reason', 'error.homeVisit.alreadyBooked');
      if (current.homeVisit && current.homeVisit.status !== 'refused') refuse('reason', 'error.homeVisit.alreadyRequested');
      const townshipId = String(input.townshipId);
      if (!findDistrict(matter.districtCode!)?.townships.some((t) => t.id === townshipId)) refuse('townshipId', 'error.choose');
      const homeVisit: HomeVisitRequest = {
        status: 'requested',
        reason: input.reason as HomeVisitReason,
        ...(input.note ? { note: String(input.note) } : {}),
        townshipId,
        community: String(input.community),
        requestedAt: at,
      };
      return { set: { bookings: { ...current, homeVisit } }, params: { reason: homeVisit.reason } };
    },
  },
  approveHomeVisit: {
    from: ['accepted'],
    by: 'staff',
    event: 'homeVisitApproved',
    offered: false,
    effect({ matter, at }) {
      const homeVisit = request(matter);
      if (homeVisit.status !== 'requested') refuse('action', 'error.homeVisit.notRequested');
      return { set: { bookings: { ...bookingsOf(matter), homeVisit: { ...homeVisit, status: 'approved', decidedAt: at } } } };
    },
  },
  refuseHomeVisit: {
    from: ['accepted'],
    by: 'staff',
    event: 'homeVisitRefused',
    offered: false,
    effect({ matter, input, at }) {
      const homeVisit = request(matter);
      if (homeVisit.status !== 'requested') refuse('action', 'error.homeVisit.notRequested');
      const reason = String(input.reason);
      return { set: { bookings: { ...bookingsOf(matter), homeVisit: { ...homeVisit, status: 'refused', decidedAt: at, refusal: reason } } }, params: { reason } };
    },
  },
  scheduleHomeVisit: {
    from: ['accepted'],
    to: 'assessment_scheduled',
    by: 'staff',
    event: 'homeVisitScheduled',
    offered: false,
    effect(ctx) {
      const { matter, input, deps, rules, at } = ctx;
      const homeVisit = request(matter);
      if (homeVisit.status !== 'approved') refuse('action', 'error.homeVisit.notApproved');
      const teamId = String(input.teamId);
      const team = teamOf(matter.districtCode!, teamId) ?? refuse('teamId', 'error.choose');
      const { date, window } = homeSlot(ctx);
      const [start, end] = window.split('-') as [string, string];
      const booking: Booking = {
        id: deps.newId(),
        reference: newBookingReference(),
        matterId: matter.id,
        ownerId: matter.ownerId,
        districtCode: matter.districtCode!,
        mode: 'home',
        categories: neededCategories(matter.answers.category),
        needs: bookingsOf(matter).needs,
        institutionId: team.institution.id,
        teamId,
        date,
        start,
        end,
        status: 'booked',
        reschedules: 0,
        personName: matter.answers.personName ?? '',
        createdAt: at,
        updatedAt: at,
      };
      const { matterId: _m, ownerId: _o, districtCode: _d, personName: _p, createdAt: _c, updatedAt: _u, status: _s, ...kept } = booking;
      return {
        set: {
          bookings: { ...bookingsOf(matter), active: [{ ...kept, status: 'booked' }], homeVisit: { ...homeVisit, status: 'scheduled' } },
          assessment: { institutionId: team.institution.id, at: `${date}T${start}`, mode: 'homeVisit' },
        },
        params: { ...whenParams(matter, booking), window, bookingId: booking.id },
        writes: [deps.bookings.homeDayTaken(teamId, date, rules.assessmentBooking.homeVisitsPerTeamDay), ...deps.bookings.created(booking)],
      };
    },
  },
} satisfies Record<string, T>;
