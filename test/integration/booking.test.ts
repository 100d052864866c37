/**
 * Assessment appointments through the gateway, against DynamoDB Local: booking, the pass, moving and
 * cancelling, the waiting list, check-in and the result by the assessor, closing a session, bad input —
 * and seats that are never given twice, however many people press at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Platform } from '../../local/platform.js';
import { signIn, sinkMessages, startTestPlatform, type Client } from '../support/test-platform.js';
import { itemsOf, tableClient } from '../support/table.js';
import { uniqueKey } from '../support/applications.js';
import { acceptedMatters, citizenToken, inHours, placeStarted, putSession, SESSION_SECRET, sessionState } from '../support/booking.js';
import { addDays, shanghaiDate } from '../../functions/domain/time.js';

let platform: Platform;
let dynamo: DynamoDBClient;
let citizen: Client;
let staff: Client;
let otherStaff: Client;
let assessor: Client;
let otherAssessor: Client;

beforeAll(async () => {
  platform = await startTestPlatform({ sessionSecret: SESSION_SECRET });
  dynamo = tableClient(platform);
  [citizen, staff, otherStaff, assessor, otherAssessor] = (await Promise.all(['13900000001', '13800000101', '13800000102', '13700000201', '13700000202'].map((p) => signIn(platform, p)))) as [Client, Client, Client, Client, Client];
});
afterAll(async () => {
  dynamo?.destroy();
  await platform?.stop();
});

const key = () => ({ 'idempotency-key': uniqueKey('booking') });
const book = (who: Client, matterId: string, body: Record<string, unknown>, headers = key()) => who.call('POST', `/applications/${matterId}/bookings`, body, headers);
const overview = async (who: Client, matterId: string) => (await who.call('GET', `/applications/${matterId}/booking`)).body;
const statusOf = async (matterId: string) => (await staff.call('GET', `/staff/applications/${matterId}`)).body.application as { status: string; version: number; bookings?: { missed: number } };

describe('booking an assessment seat', () => {
  it('books a seat the applicant chose, moves the matter on, gives a pass with a QR code, and never books a category twice', async () => {
    const [matter] = await acceptedMatters(dynamo, platform, 1, { tag: 'flow', ownerId: () => 'demo-citizen-1' });
    const session = await putSession(dynamo, platform, { startsAt: inHours(72), seats: 5 });

    const free = await citizen.call('GET', `/applications/${matter!.id}/availability?category=4`);
    expect(free.status).toBe(200);
    expect(free.body.sessions.some((s: { id: string; seatsLeft: number }) => s.id === session.id && s.seatsLeft === 5)).toBe(true);

    const headers = key();
    const booked = await book(citizen, matter!.id, { version: matter!.version, sessionId: session.id, needs: ['wheelchair'] }, headers);
    expect(booked.status, JSON.stringify(booked.body)).toBe(201);
    expect(booked.body.application.status).toBe('assessment_scheduled');
    expect(booked.body.booking.reference).toMatch(/^[A-HJKMNP-TV-Z2-9]{8}$/);
    expect(booked.body.booking.qr.path).toMatch(/^M\d+ \d+h1v1h-1z/);
    expect(booked.body.booking.whatToBring['zh-CN']).toContain('身份证');

    // The same press again (a retry) gives the same booking; a second booking of the category is refused.
    const replay = await book(citizen, matter!.id, { version: matter!.version, sessionId: session.id, needs: ['wheelchair'] }, headers);
    expect(replay.body.booking.id).toBe(booked.body.booking.id);
    const again = await book(citizen, matter!.id, { version: booked.body.application.version, sessionId: session.id });
    expect(again.status).toBe(400);
    expect(again.body.errors[0].code).toBe('error.booking.alreadyBooked');

    const state = await sessionState(dynamo, platform, session.id);
    expect(state.session.booked).toBe(1);
    expect(state.seats).toHaveLength(1);
    const timeline = await itemsOf(dynamo, platform, matter!.id, 'TL#');
    expect(timeline.map((t) => t.event?.S)).toContain('booked');
    await platform.drainNotifications();
    expect(sinkMessages(platform).some((m) => m.template === 'bookingConfirmed' && m.params.reference === `${booked.body.booking.reference.slice(0, 4)}-${booked.body.booking.reference.slice(4)}`)).toBe(true);
  });

  it('refuses a past, closed or other-district session, a category the matter does not need, unmet needs and malformed dates, and changes nothing', async () => {
    const [matter] = await acceptedMatters(dynamo, platform, 1, { tag: 'bad', ownerId: () => 'demo-citizen-1' });
    const past = await putSession(dynamo, platform, { startsAt: inHours(-2), seats: 5 });
    const elsewhere = await putSession(dynamo, platform, { startsAt: inHours(48), seats: 5, districtCode: '430103', institutionId: 'tx-1' });
    const hearing = await putSession(dynamo, platform, { startsAt: inHours(48), seats: 5, category: '2' });
    const noBed = await putSession(dynamo, platform, { startsAt: inHours(48), seats: 5, accessibility: ['wheelchair'] });
    const closing = await putSession(dynamo, platform, { startsAt: inHours(48), seats: 5 });
    expect((await staff.call('POST', `/sessions/${closing.id}/close`, { reason: '医生生病' }, key())).status).toBe(200);

    const cases: [Record<string, unknown>, number, string][] = [
      [{ sessionId: past.id }, 400, 'error.booking.past'],
      [{ sessionId: elsewhere.id }, 400, 'error.booking.noSession'],
      [{ sessionId: hearing.id }, 400, 'error.booking.categoryNotNeeded'],
      [{ sessionId: noBed.id, needs: ['lieDown'] }, 400, 'error.booking.needsUnmet'],
      [{ sessionId: closing.id }, 400, 'error.booking.closed'],
      [{ sessionId: 'no-such-session' }, 400, 'error.booking.noSession'],
    ];
    for (const [body, status, code] of cases) {
      const answer = await book(citizen, matter!.id, { version: matter!.version, ...body });
      expect(answer.status, JSON.stringify(body)).toBe(status);
      expect(answer.headers.get('content-type')).toBe('application/problem+json');
      expect(answer.body.errors[0].code).toBe(code);
      expect(answer.body.errors[0].detail).not.toMatch(/undefined|\{\{/);
    }
    const malformed = await citizen.call('GET', `/applications/${matter!.id}/availability?from=2026-02-30`);
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors[0].code).toBe('error.dateInvalid');
    expect((await statusOf(matter!.id)).status).toBe('accepted');
    expect((await statusOf(matter!.id)).version).toBe(matter!.version);
    for (const s of [past, elsewhere, hearing, noBed]) expect((await sessionState(dynamo, platform, s.id)).session.booked).toBe(0);
  });

  it('gives exactly 10 of 1,000 concurrent attempts on a 10-seat session; every loser is told plainly and shown the next free seats', async () => {
    const matters = await acceptedMatters(dynamo, platform, 1000, { tag: 'rush' });
    const session = await putSession(dynamo, platform, { startsAt: inHours(96), seats: 10 });
    const next = await putSession(dynamo, platform, { startsAt: inHours(120), seats: 10 });
    const people = await Promise.all(matters.map((m, i) => citizenToken(platform, m.ownerId, `1360000${String(i).padStart(4, '0')}`)));

    const answers = await Promise.all(matters.map((m, i) => book(people[i]!, m.id, { version: m.version, sessionId: session.id })));
    const counts = answers.reduce<Record<number, number>>((c, a) => ({ ...c, [a.status]: (c[a.status] ?? 0) + 1 }), {});
    expect(counts).toEqual({ 201: 10, 409: 990 });
    const loser = answers.find((a) => a.status === 409)!;
    expect(loser.body.type).toBe('/problems/seat-taken');
    expect(loser.body.alternatives.map((s: { id: string }) => s.id)).toContain(next.id);

    const state = await sessionState(dynamo, platform, session.id);
    expect(state.session.booked).toBe(10);
    expect(state.session.seatsLeft).toBe(0);
    expect(state.seats).toHaveLength(10);
  });
});

describe('moving and cancelling', () => {
  it('keeps seat counts equal to the bookings stored while reschedules race cancels and other bookings', async () => {
    const a = await putSession(dynamo, platform, { startsAt: inHours(100), seats: 6 });
    const b = await putSession(dynamo, platform, { startsAt: inHours(150), seats: 4 });
    const matters = await acceptedMatters(dynamo, platform, 14, { tag: 'race' });
    const people = await Promise.all(matters.map((m, i) => citizenToken(platform, m.ownerId, `1350000${String(i).padStart(4, '0')}`)));
    const first = await Promise.all(matters.slice(0, 6).map((m, i) => book(people[i]!, m.id, { version: m.version, sessionId: a.id })));
    expect(first.map((r) => r.status)).toEqual([201, 201, 201, 201, 201, 201]);

    // Each of the six moves to B and cancels at the same moment; eight others try to book A and B meanwhile.
    await Promise.all([
      ...first.flatMap((r, i) => {
        const m = matters[i]!;
        const { id: bookingId } = r.body.booking;
        const version = r.body.application.version;
        return [
          people[i]!.call('POST', `/applications/${m.id}/bookings/${bookingId}/reschedule`, { version, sessionId: b.id }, key()),
          people[i]!.call('POST', `/applications/${m.id}/bookings/${bookingId}/cancel`, { version }, key()),
        ];
      }),
      ...matters.slice(6).map((m, j) => book(people[6 + j]!, m.id, { version: m.version, sessionId: j % 2 ? a.id : b.id })),
    ]);

    for (const id of [a.id, b.id]) {
      const state = await sessionState(dynamo, platform, id);
      expect(state.session.booked, id).toBe(state.seats.length);
      expect(state.session.seatsLeft + state.session.booked + state.session.held, id).toBe(state.session.seats);
    }
    // Every matter holds exactly the seats the rosters say it holds.
    const rostered = [...(await sessionState(dynamo, platform, a.id)).seats, ...(await sessionState(dynamo, platform, b.id)).seats].map((s) => s.matterId).sort();
    const held: string[] = [];
    for (const m of matters) for (const booking of (await overview(staff, m.id)).active) if (booking.status === 'booked') held.push(m.id);
    expect(held.sort()).toEqual(rostered);
  });

  it('moves a booking at most the district’s number of times and not within the cut-off, keeping the old seat when refused', async () => {
    const [matter] = await acceptedMatters(dynamo, platform, 1, { tag: 'moves', ownerId: () => 'demo-citizen-1' });
    const sessions = await Promise.all([72, 96, 120, 144].map((h) => putSession(dynamo, platform, { startsAt: inHours(h), seats: 3 })));
    const soon = await putSession(dynamo, platform, { startsAt: inHours(5), seats: 3 });
    let answer = await book(citizen, matter!.id, { version: matter!.version, sessionId: sessions[0]!.id });
    const bookingId = answer.body.booking.id;
    for (const s of sessions.slice(1, 3)) {
      answer = await citizen.call('POST', `/applications/${matter!.id}/bookings/${bookingId}/reschedule`, { version: answer.body.application.version, sessionId: s.id }, key());
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    }
    const third = await citizen.call('POST', `/applications/${matter!.id}/bookings/${bookingId}/reschedule`, { version: answer.body.application.version, sessionId: sessions[3]!.id }, key());
    expect(third.status).toBe(400);
    expect(third.body.errors[0].code).toBe('error.booking.noMoreChanges');
    expect((await sessionState(dynamo, platform, sessions[2]!.id)).seats.map((s) => s.bookingId)).toEqual([bookingId]);
    expect((await sessionState(dynamo, platform, sessions[0]!.id)).session.booked).toBe(0);

    const [late] = await acceptedMatters(dynamo, platform, 1, { tag: 'late', ownerId: () => 'demo-citizen-1' });
    const near = await book(citizen, late!.id, { version: late!.version, sessionId: soon.id });
    const tooLate = await citizen.call('POST', `/applications/${late!.id}/bookings/${near.body.booking.id}/reschedule`, { version: near.body.application.version, sessionId: sessions[3]!.id }, key());
    expect(tooLate.status).toBe(400);
    expect(tooLate.body.errors[0].code).toBe('error.booking.tooLate');
    expect(tooLate.body.errors[0].detail).toContain('24');
    expect((await sessionState(dynamo, platform, soon.id)).session.booked).toBe(1);

    const cancelled = await citizen.call('POST', `/applications/${late!.id}/bookings/${near.body.booking.id}/cancel`, { version: near.body.application.version }, key());
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.application.status).toBe('accepted');
    expect((await sessionState(dynamo, platform, soon.id)).session.seatsLeft).toBe(3);
  });
});

describe('the assessor', () => {
  it('sees only the people booked with their institution, checks them in by reference and records the result; a second no-show is flagged', async () => {
    const [seen, elsewhere, absent] = await acceptedMatters(dynamo, platform, 3, { tag: 'desk', phone: (i) => `1340000000${i}` });
    const people = await Promise.all([seen, elsewhere, absent].map((m, i) => citizenToken(platform, m!.ownerId, `1340000000${i}`)));
    const today = await putSession(dynamo, platform, { startsAt: new Date(Date.now() + 60_000), seats: 3 });
    const booked = await book(people[0]!, seen!.id, { version: seen!.version, sessionId: today.id, needs: ['signLanguage'] });
    expect(booked.status, JSON.stringify(booked.body)).toBe(201);

    // Nothing before a booking: the matter of someone not booked with them is not found.
    expect((await assessor.call('GET', `/assessor/applications/${elsewhere!.id}`)).status).toBe(404);
    expect((await otherAssessor.call('GET', `/assessor/applications/${seen!.id}`)).status).toBe(404);
    const view = await assessor.call('GET', `/assessor/applications/${seen!.id}`);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ personName: '测试0', category: '4', needs: ['signLanguage'] });
    expect(JSON.stringify(view.body)).not.toMatch(/personIdNumber|personPhone|hukouAddress|documents/);
    expect((await otherAssessor.call('POST', '/check-ins', { reference: booked.body.booking.reference })).status).toBe(404);
    expect((await assessor.call('POST', '/check-ins', { reference: 'not a reference' })).status).toBe(400);

    const roster = await assessor.call('GET', `/sessions/${today.id}/roster`);
    expect(roster.body.seats.map((s: { personName: string }) => s.personName)).toEqual(['测试0']);
    const early = await assessor.call('POST', `/assessor/applications/${seen!.id}/result`, { action: 'recordAssessment', version: view.body.application.version, components: [{ category: 4, grade: 2 }] });
    expect(early.status).toBe(400);
    expect(early.body.errors[0].code).toBe('error.assessment.notCheckedIn');

    const typed = booked.body.booking.reference.toLowerCase().replace(/^(.{4})/, '$1-');
    const checked = await assessor.call('POST', '/check-ins', { reference: typed });
    expect(checked.status, JSON.stringify(checked.body)).toBe(200);
    expect(checked.body.booking.personName).toBe('测试0');
    const result = await assessor.call('POST', `/assessor/applications/${seen!.id}/result`, { action: 'recordAssessment', version: checked.body.application.version, components: [{ category: 4, grade: 2 }] });
    expect(result.status, JSON.stringify(result.body)).toBe(200);
    expect(result.body.application.status).toBe('assessed');
    const audit = await itemsOf(dynamo, platform, seen!.id, 'AUDIT#');
    expect(audit.map((a) => a.action?.S)).toEqual(expect.arrayContaining(['assessorViewed', 'rosterViewed', 'checkedIn', 'recordAssessment']));

    // Two no-shows: the matter goes back to waiting each time and is flagged the second time.
    for (let round = 0; round < 2; round++) {
      const session = await putSession(dynamo, platform, { startsAt: inHours(30), seats: 2 });
      const current = await statusOf(absent!.id);
      const taken = await book(people[2]!, absent!.id, { version: current.version, sessionId: session.id });
      expect(taken.status, JSON.stringify(taken.body)).toBe(201);
      const tooSoon = await assessor.call('POST', `/applications/${absent!.id}/bookings/${taken.body.booking.id}/missed`, { version: taken.body.application.version });
      expect(tooSoon.body.errors[0].code).toBe('error.booking.notStarted');
      await placeStarted(dynamo, platform, absent!.id, taken.body.booking.id);
      const missed = await assessor.call('POST', `/applications/${absent!.id}/bookings/${taken.body.booking.id}/missed`, { version: taken.body.application.version });
      expect(missed.status, JSON.stringify(missed.body)).toBe(200);
      expect(missed.body.missed).toBe(round + 1);
    }
    const queue = await staff.call('GET', '/staff/applications?booking=missed');
    const item = queue.body.items.find((i: { id: string }) => i.id === absent!.id);
    expect(item.booking).toMatchObject({ state: 'missed', missed: 2, flagged: true });
    await platform.drainNotifications();
    expect(sinkMessages(platform).filter((m) => m.template === 'bookingMissed').length).toBeGreaterThanOrEqual(2);
  });
});

describe('closing a session', () => {
  it('releases every seat, tells each person booked and waiting once by SMS and in-app, and names the earliest comparable seat', async () => {
    const matters = await acceptedMatters(dynamo, platform, 5, { tag: 'close', phone: (i) => `1330000000${i}` });
    const people = await Promise.all(matters.map((m, i) => citizenToken(platform, m.ownerId, `1330000000${i}`)));
    const closing = await putSession(dynamo, platform, { startsAt: inHours(60), seats: 4 });
    const later = await putSession(dynamo, platform, { startsAt: inHours(61), seats: 8 });
    for (let i = 0; i < 4; i++) expect((await book(people[i]!, matters[i]!.id, { version: matters[i]!.version, sessionId: closing.id })).status).toBe(201);
    expect((await people[4]!.call('POST', `/applications/${matters[4]!.id}/waiting-list`, { sessionId: closing.id }, key())).status).toBe(201);

    const closed = await assessor.call('POST', `/sessions/${closing.id}/close`, { reason: '评定医生生病' }, key());
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body).toEqual({ released: 4, waitingTold: 1 });
    // Closing again (a retry) releases and tells nobody twice.
    expect((await staff.call('POST', `/sessions/${closing.id}/close`, { reason: '评定医生生病' }, key())).body).toEqual({ released: 0, waitingTold: 0 });

    const state = await sessionState(dynamo, platform, closing.id);
    expect(state.session).toMatchObject({ status: 'closed', booked: 0 });
    expect(state.seats).toHaveLength(0);
    for (const m of matters.slice(0, 4)) expect((await statusOf(m.id)).status).toBe('accepted');
    await platform.drainNotifications();
    const sms = sinkMessages(platform).filter((m) => m.template === 'sessionClosed' && m.params.date === closing.date);
    expect(sms).toHaveLength(5);
    // The earliest comparable seat: the same category, free, no later than the one published an hour after.
    for (const m of sms) expect(m.params.next! <= `${later.date} ${later.start}~`).toBe(true);
    expect(new Set(sms.map((m) => m.to)).size).toBe(5);
    const booked = await book(people[0]!, matters[0]!.id, { version: (await statusOf(matters[0]!.id)).version, sessionId: closing.id });
    expect(booked.body.errors[0].code).toBe('error.booking.closed');
  });
});

describe('home assessment', () => {
  it('is asked for with a reason, approved by staff, given a day within the team’s capacity and a window, and shows on the planner', async () => {
    const [matter] = await acceptedMatters(dynamo, platform, 1, { tag: 'home', ownerId: () => 'demo-citizen-1' });
    const asked = await citizen.call('POST', `/applications/${matter!.id}/home-visit`, { version: matter!.version, reason: 'bedridden', note: '长期卧床', townshipId: '430105-t1', community: '东风社区' }, key());
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    let version = asked.body.application.version;
    const decide = (body: Record<string, unknown>) => staff.call('POST', `/staff/applications/${matter!.id}/decisions`, { version, ...body });
    expect((await decide({ action: 'scheduleHomeVisit', teamId: 'kf-1-home', date: addDays(shanghaiDate(new Date()), 3), window: '08:30-10:30' })).body.errors[0].code).toBe('error.homeVisit.notApproved');
    const approved = await decide({ action: 'approveHomeVisit' });
    expect(approved.status).toBe(200);
    version = approved.body.application.version;
    expect((await otherStaff.call('GET', `/home-visits`)).body.townships).toEqual([]);
    const plan = await staff.call('GET', '/home-visits');
    expect(plan.status, JSON.stringify(plan.body)).toBe(200);
    const waiting = plan.body.townships.find((t: { id: string }) => t.id === '430105-t1')?.communities.find((c: { name: string }) => c.name === '东风社区')?.waiting;
    expect(waiting.map((v: { matterId: string }) => v.matterId)).toContain(matter!.id);

    const day = addDays(shanghaiDate(new Date()), 3);
    const scheduled = await decide({ action: 'scheduleHomeVisit', teamId: 'kf-1-home', date: day, window: '10:30-12:30' });
    expect(scheduled.status, JSON.stringify(scheduled.body)).toBe(200);
    expect(scheduled.body.application.status).toBe('assessment_scheduled');
    const planned = await staff.call('GET', '/home-visits');
    const community = planned.body.townships.find((t: { id: string }) => t.id === '430105-t1').communities.find((c: { name: string }) => c.name === '东风社区');
    expect(community.days[0]).toMatchObject({ date: day, visits: [{ matterId: matter!.id, window: '10:30-12:30', teamId: 'kf-1-home' }] });
    expect(planned.body.teams.find((t: { id: string }) => t.id === 'kf-1-home').days).toEqual([{ date: day, count: 1 }]);
    const mine = await overview(citizen, matter!.id);
    expect(mine.active[0]).toMatchObject({ mode: 'home', date: day, start: '10:30', end: '12:30' });
    expect((await assessor.call('GET', `/assessor/applications/${matter!.id}`)).status).toBe(200);
  });

  it('refuses with a reason the person reads in-app', async () => {
    const [matter] = await acceptedMatters(dynamo, platform, 1, { tag: 'refuse', ownerId: () => 'demo-citizen-1' });
    const asked = await citizen.call('POST', `/applications/${matter!.id}/home-visit`, { version: matter!.version, reason: 'veryOld', townshipId: '430105-t2', community: '四方坪社区' }, key());
    const refused = await staff.call('POST', `/staff/applications/${matter!.id}/decisions`, { version: asked.body.application.version, action: 'refuseHomeVisit', reason: '可以乘坐社区接送车前往' });
    expect(refused.status).toBe(200);
    await platform.drainNotifications();
    const notices = (await citizen.call('GET', '/notices')).body.notices as { type: string; body: string }[];
    expect(notices.find((n) => n.type === 'homeVisitRefused')?.body).toContain('可以乘坐社区接送车前往');
  });
});

describe('the waiting list and the reminders', () => {
  const jobDeps = async (now: Date) => {
    const { dynamoSessionStore } = await import('../../functions/adapters/session-store.js');
    const { dynamoOutbox } = await import('../../functions/adapters/notice-store.js');
    const { dynamoMatterStore } = await import('../../functions/adapters/matter-store.js');
    return { sessions: dynamoSessionStore(dynamo, platform.tableName), outbox: dynamoOutbox(dynamo, platform.tableName), matters: dynamoMatterStore(dynamo, platform.tableName) as never, now: () => now };
  };

  it('holds a freed seat for the first in line, moves the offer on when it runs out, and lets the next take it with one tap', async () => {
    const { expireOffers } = await import('../../functions/booking/waiting-list.js');
    const matters = await acceptedMatters(dynamo, platform, 3, { tag: 'wait', phone: (i) => `1320000000${i}` });
    const [holder, first, second] = await Promise.all(matters.map((m, i) => citizenToken(platform, m.ownerId, `1320000000${i}`)));
    const session = await putSession(dynamo, platform, { startsAt: inHours(80), seats: 1 });
    const taken = await book(holder!, matters[0]!.id, { version: matters[0]!.version, sessionId: session.id });
    expect((await first!.call('POST', `/applications/${matters[1]!.id}/waiting-list`, { sessionId: session.id }, key())).status).toBe(201);
    await new Promise((r) => setTimeout(r, 5));
    expect((await second!.call('POST', `/applications/${matters[2]!.id}/waiting-list`, { sessionId: session.id }, key())).status).toBe(201);

    expect((await holder!.call('POST', `/applications/${matters[0]!.id}/bookings/${taken.body.booking.id}/cancel`, { version: taken.body.application.version }, key())).status).toBe(200);
    let state = await sessionState(dynamo, platform, session.id);
    expect(state.session).toMatchObject({ booked: 0, held: 1, offered: 1, seatsLeft: 0 });
    expect(state.waiting.find((w) => w.matterId === matters[1]!.id)?.offer).toBeDefined();
    // Held for the one offered it: nobody else may book it meanwhile.
    expect((await book(second!, matters[2]!.id, { version: matters[2]!.version, sessionId: session.id })).status).toBe(409);

    // Not yet run out: nothing moves. Thirteen hours later (⚙ 12): the next in line is offered it.
    expect(await expireOffers(await jobDeps(new Date()), session.id)).toBe(0);
    expect(await expireOffers(await jobDeps(inHours(13)), session.id)).toBe(1);
    state = await sessionState(dynamo, platform, session.id);
    expect(state.waiting.map((w) => w.matterId)).toEqual([matters[2]!.id]);
    expect(state.waiting[0]!.offer).toBeDefined();
    expect((await book(first!, matters[1]!.id, { version: matters[1]!.version, sessionId: session.id, fromWaitingList: true })).body.errors[0].code).toBe('error.booking.noOffer');

    const tapped = await book(second!, matters[2]!.id, { version: matters[2]!.version, sessionId: session.id, fromWaitingList: true });
    expect(tapped.status, JSON.stringify(tapped.body)).toBe(201);
    state = await sessionState(dynamo, platform, session.id);
    expect(state.session).toMatchObject({ booked: 1, held: 0, offered: 0, seatsLeft: 0 });
    expect(state.waiting).toHaveLength(0);
    await platform.drainNotifications();
    const offers = sinkMessages(platform).filter((m) => m.template === 'waitingListOffer');
    expect(offers.map((m) => m.to).sort()).toEqual(['13200000001', '13200000002']);
  });

  it('sends the reminder the day before (from ⚙ 10:00) and on the morning, once each however often the job runs', async () => {
    const { runBookingJobs } = await import('../../functions/booking/booking-jobs.js');
    const { findDistrict } = await import('../../functions/districts/district-config.js');
    const [matter] = await acceptedMatters(dynamo, platform, 1, { tag: 'remind', phone: () => '13100000001' });
    const person = await citizenToken(platform, matter!.ownerId, '13100000001');
    const day = addDays(shanghaiDate(new Date()), 3);
    const session = await putSession(dynamo, platform, { startsAt: new Date(`${day}T09:00:00+08:00`), seats: 4 });
    const taken = await book(person, matter!.id, { version: matter!.version, sessionId: session.id });
    expect(taken.status).toBe(201);
    const kaifu = [findDistrict('430105')!];
    const at = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);

    await runBookingJobs(await jobDeps(at(addDays(day, -1), '09:00')), kaifu);
    await runBookingJobs(await jobDeps(at(addDays(day, -1), '10:30')), kaifu);
    await runBookingJobs(await jobDeps(at(addDays(day, -1), '18:30')), kaifu);
    await runBookingJobs(await jobDeps(at(day, '07:30')), kaifu);
    await runBookingJobs(await jobDeps(at(day, '08:00')), kaifu);
    await platform.drainNotifications();
    const mine = sinkMessages(platform).filter((m) => m.to === '13100000001');
    expect(mine.filter((m) => m.template === 'reminderBooking')).toHaveLength(1);
    expect(mine.filter((m) => m.template === 'reminderBookingToday')).toHaveLength(1);
  });
});
