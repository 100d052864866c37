/** The appointment rules that need no storage: which days a weekly template makes, references as people type them, the queue's booking state. */
import { describe, expect, it } from 'vitest';
import { templateDates } from '../../functions/booking/sessions.js';
import { newBookingReference, normaliseReference } from '../../functions/booking/reference.js';
import { bookingState } from '../../functions/staff/queue.js';
import type { Application } from '../../functions/certificates/application.js';

describe('weekly templates', () => {
  it('make sessions on their weekday, skipping public holidays; a Saturday template meets only a 调休 working Saturday', () => {
    // 2026-09-28 is a Monday; National Day holidays run 1–7 October 2026, Saturday 10 October is worked.
    const thursdays = templateDates(4, '2026-09-28', 3);
    expect(thursdays).toEqual(['2026-10-08', '2026-10-15']);
    expect(templateDates(6, '2026-09-28', 3)).toEqual(['2026-10-10']);
    const tuesdays = templateDates(2, '2026-09-28', 3);
    expect(tuesdays).toEqual(['2026-09-29', '2026-10-13']);
  });

  it('make nothing in a year whose holiday calendar is not published yet', () => {
    expect(templateDates(2, '2099-12-01', 4)).toEqual([]);
  });
});

describe('booking references', () => {
  it('are eight characters without look-alikes, and are read however they are typed or scanned', () => {
    for (let i = 0; i < 200; i++) expect(newBookingReference()).toMatch(/^[A-HJKMNP-TV-Z2-9]{8}$/);
    expect(normaliseReference(' k7mp-9qxr ')).toBe('K7MP9QXR');
    expect(normaliseReference('Ｋ７ＭＰ９ＱＸＲ')).toBe('K7MP9QXR');
    expect(normaliseReference('K7MP-9QX0')).toBeUndefined();
    expect(normaliseReference('K7MP9QX')).toBeUndefined();
  });
});

describe('the queue’s booking state', () => {
  const matter = (bookings: Application['bookings'], status: Application['status'] = 'accepted') => ({ matter: 'new', status, bookings }) as Application;
  it('is waiting, booked, missed (flagged the second time) or a home visit asked for', () => {
    expect(bookingState(matter(undefined))?.state).toBe('waiting');
    expect(bookingState(matter({ active: [], missed: 1, needs: [] }))?.state).toBe('missed');
    expect(bookingState(matter({ active: [], missed: 2, needs: [] }))).toMatchObject({ state: 'missed', flagged: true });
    expect(bookingState(matter({ active: [], missed: 0, needs: [], homeVisit: { status: 'requested', reason: 'bedridden', townshipId: 't', community: 'c', requestedAt: '' } }))?.state).toBe('homeVisitRequested');
    const active = [{ id: 'b', reference: 'R', mode: 'session' as const, categories: ['4' as const], needs: [], institutionId: 'kf-1', date: '2026-12-08', start: '08:30', end: '11:30', reschedules: 0, status: 'booked' as const }];
    expect(bookingState(matter({ active, missed: 0, needs: [] }, 'assessment_scheduled'))).toMatchObject({ state: 'booked', next: { date: '2026-12-08', start: '08:30' } });
    expect(bookingState({ ...matter(undefined), matter: 'renewal' } as Application)).toBeUndefined();
  });
});
