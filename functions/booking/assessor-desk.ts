/**
 * The assessor at the door and in the room: check a person in by the reference on their pass (scanned
 * or typed), record a no-show, see what they need of the person — name, category, needs, age for the
 * thresholds, never the rest of the matter — and record the result into the matter (the existing
 * assessment-result step, its thresholds included). District staff can do the same for their district.
 */
import type { Caller } from '../shared/http/caller.js';
import { NotFoundError, StaleVersionError, ValidationError } from '../shared/errors.js';
import { matterFor } from '../matters/access.js';
import { recordLook } from '../matters/looks.js';
import { runTransition } from '../matters/run-transition.js';
import { availableActions } from '../matters/matter-type.js';
import { matterType } from '../matters/registry.js';
import { versionOf } from '../matters/matter.js';
import { personAge, personIsMinor } from '../applications/schemas.js';
import { bookingsOf } from '../certificates/matter-places.js';
import { servedBy } from './assessor-part.js';
import { normaliseReference } from './reference.js';
import type { AppointmentDeps } from './appointments.js';

/** Checks in the person whose pass shows this reference; someone else's institution's booking is not found. */
export async function checkInByReference(deps: AppointmentDeps, caller: Caller, typed: string) {
  const reference = normaliseReference(typed) ?? normaliseReference(new URLSearchParams(typed.split('?')[1] ?? '').get('ref') ?? '');
  if (!reference) throw new ValidationError([{ field: 'reference', code: 'error.reference.format' }]);
  const found = await deps.bookings.byReference(reference);
  const booking = found ? await deps.bookings.get(found.matterId, found.bookingId) : undefined;
  const mine = booking && (servedBy(caller, booking) || (caller.roles.includes('staff') && caller.district === booking.districtCode));
  if (!booking || !mine) throw new NotFoundError();
  for (let attempt = 0; ; attempt++) {
    const matter = await deps.matters.get(booking.matterId);
    if (!matter) throw new NotFoundError();
    try {
      const updated = await runTransition(deps, { id: matter.id, action: 'checkIn', caller, expectedVersion: matter.version, input: { bookingId: booking.id } });
      return { application: versionOf(updated), booking: { id: booking.id, reference, personName: booking.personName, categories: booking.categories, needs: booking.needs, date: booking.date, start: booking.start } };
    } catch (error) {
      // The applicant changed something else on the matter a moment ago: check in on the new version.
      if (!(error instanceof StaleVersionError) || attempt >= 2) throw error;
    }
  }
}

export async function recordNoShow(deps: AppointmentDeps, caller: Caller, id: string, bookingId: string, version: number) {
  const updated = await runTransition(deps, { id, action: 'markMissed', caller, expectedVersion: version, input: { bookingId } });
  return { application: versionOf(updated), missed: bookingsOf(updated).missed };
}

/** What an assessor sees of a matter they have a booking for; the look is audited. */
export async function assessorView(deps: AppointmentDeps, caller: Caller, id: string) {
  const matter = await matterFor(deps, id, caller, 'assessor');
  await recordLook(deps, caller, id, 'assessorViewed');
  const now = deps.now();
  const bookings = (await deps.bookings.listForMatter(id)).filter((b) => servedBy(caller, b));
  const age = personAge(matter.answers, now);
  return {
    application: { ...versionOf(matter), reference: matter.reference },
    personName: matter.answers.personName ?? '',
    category: matter.answers.category,
    needs: bookingsOf(matter).needs,
    isMinor: personIsMinor(matter.answers, now),
    ...(age !== undefined ? { ageYears: age } : {}),
    bookings: bookings.map(({ id: bookingId, reference, date, start, end, status, categories, mode }) => ({ id: bookingId, reference, date, start, end, status, categories, mode })),
    actions: availableActions(matterType(matter.matter), matter.status, ['assessor']),
  };
}

/** The result, recorded by the assessor: the matter's own step (thresholds checked), after check-in. */
export async function assessorRecord(deps: AppointmentDeps, caller: Caller, id: string, body: { action: 'recordAssessment' | 'recordNotMeetingStandard'; version: number } & Record<string, unknown>) {
  await matterFor(deps, id, caller, 'assessor');
  const updated = await runTransition(deps, { id, action: body.action, caller, expectedVersion: body.version, input: body });
  return { application: versionOf(updated) };
}
