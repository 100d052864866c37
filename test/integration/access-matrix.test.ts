/**
 * The access matrix, generated from the route table: every route, called by each kind of person, gets
 * exactly the one answer that person may get. Someone else's record is a 404, a route outside one's
 * role a 403, no or a forged token a 401. A route added to the table without a row here fails the test.
 *
 * The family (issue 13) is in every row: the person a matter is about (their own linked account), a
 * relative per scope (follow, act, receive messages), a relative whose help was ended and one whose help
 * ran out. Where a row does not say otherwise they are strangers to the record, like the other citizen.
 * The routes on a matter are called on the matter the owner filed for that person.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Platform } from '../../local/platform.js';
import { routes } from '../../functions/routes.js';
import { startTestPlatform } from '../support/test-platform.js';
import { uniqueKey } from '../support/applications.js';
import { ACTORS, FAMILY_ACTORS, buildWorld, type Actor, type FamilyActor, type World } from '../support/world.js';
import { fictitiousIdNumber } from '../support/fixtures.js';

type Expect = Record<Actor, number>;
interface Row {
  path: (w: World) => string;
  body?: (w: World, actor: Actor) => unknown;
  idempotent?: boolean;
  expect: Expect;
}

const everyone = (status: number): Expect => Object.fromEntries(ACTORS.map((a) => [a, status])) as Expect;
/** Signed-in people get `status`; nobody and a forged token get 401. */
const signedIn = (status: number): Expect => ({ ...everyone(status), anonymous: 401, forged: 401 });
/** [subject, follow, act, receive, revoked, expired]: the family's answers on the person's matter. */
type Family = [number, number, number, number, number, number];
/**
 * [owner, other citizen, staff of the district, staff of another district, admin, demoted staff]; anonymous and
 * forged 401; the family as given, or as the other citizen (strangers to the record); [the assessor the owner
 * booked with, an assessor of another district], and the benefit reviewers of the district and of another: an
 * assessor or a reviewer holds no citizen, staff or admin role, 403 unless said otherwise.
 */
const as = (
  owner: number, otherCitizen: number, districtStaff: number, otherStaff: number, admin: number, demotedStaff: number, family?: Family, assessor = 403, otherAssessor = 403,
  reviewers: { reviewer: number; otherReviewer: number } = { reviewer: 403, otherReviewer: 403 },
): Expect => ({
  owner, otherCitizen, districtStaff, otherStaff, admin, demotedStaff, anonymous: 401, forged: 401, assessor, otherAssessor, ...reviewers,
  ...(Object.fromEntries(FAMILY_ACTORS.map((a, i) => [a, family ? family[i]! : otherCitizen])) as Record<FamilyActor, number>),
});
/**
 * A citizen's step on the person's matter: the owner, the person and a relative who may act get `ok`; one who
 * may only follow is told so (403); a relative who only receives messages, and former ones, cannot tell it exists.
 */
const onPersonsMatter = (ok: number, districtStaff: number, admin = 403): Expect => as(ok, 404, districtStaff, 404, admin, 404, [ok, 403, ok, 404, 404, 404]);
/** A booking route for the applicant and district staff on the owner's booked matter. */
const bookers = (status: number) => as(status, 404, status, 404, 403, 404);
/** A route of those who keep sessions: district staff and the institution's assessors. */
const keepers = (districtStaff: number, otherStaff: number, assessor: number, otherAssessor: number) => as(403, 403, districtStaff, otherStaff, 403, 403, undefined, assessor, otherAssessor);
const assessorOnly = (assessor: number) => as(403, 403, 403, 403, 403, 403, undefined, assessor, 404);
/** A reviewer route on a matter of the district: its township reviewer, not another district's; nobody else. */
const reviewersOnly = (status: number, otherReviewer = 404) => as(403, 403, 403, 403, 403, 403, undefined, 403, 403, { reviewer: status, otherReviewer });
/** A citizen route on the owner's record: the owner gets `owner`, every other citizen 404, staff and admin 403. */
const ownersOnly = (owner: number) => as(owner, 404, 403, 403, 403, 404);
/** A route for the applicant and the staff who file for people (代办) on an online application: only its owner. */
const fillersOnline = (owner: number) => as(owner, 404, 404, 404, 403, 404);
/** A staff route on a matter of the district. */
const districtStaffOnly = (status: number) => as(403, 403, status, 404, 403, 403);
const adminOnly = (status: number) => as(403, 403, 403, 403, status, 403);

const STALE = 999;
const matrix: Record<string, Row> = {
  'GET /api/districts': { path: () => '/districts', expect: everyone(200) },
  'POST /api/auth/code': { path: () => '/auth/code', body: () => ({ phone: '12345' }), expect: everyone(400) },
  'POST /api/auth/session': { path: () => '/auth/session', body: () => ({ phone: '13700009999', code: '000000' }), expect: everyone(400) },
  'POST /api/auth/refresh': { path: () => '/auth/refresh', expect: signedIn(200) },
  'GET /api/me': { path: () => '/me', expect: signedIn(200) },
  'PUT /api/me/language': { path: () => '/me/language', body: () => ({ language: 'zh-CN' }), expect: signedIn(200) },
  'GET /api/applications': { path: () => '/applications', expect: as(200, 200, 403, 403, 403, 200) },
  'POST /api/applications': { path: () => '/applications', body: () => ({ answers: {} }), idempotent: true, expect: as(201, 201, 403, 403, 403, 201) },
  // Reading the person's matter: the person and relatives who follow or act see it; staff of the district, who use
  // their own pages, cannot tell it from none here (another part than the person's or a relative's is a 404).
  'GET /api/applications/{id}': { path: (w) => `/applications/${w.aboutPerson.id}`, expect: as(200, 404, 404, 404, 403, 404, [200, 200, 200, 404, 404, 404]) },
  // Answers may change while corrections are open: by whoever may act (a stale version here).
  'PUT /api/applications/{id}': { path: (w) => `/applications/${w.aboutPerson.id}`, body: () => ({ version: STALE, answers: {} }), expect: onPersonsMatter(409, 404) },
  // A draft is its filer's alone: nobody else, family included, can tell it exists.
  'POST /api/applications/{id}/submit': { path: (w) => `/applications/${w.draft.id}/submit`, body: () => ({ version: STALE }), idempotent: true, expect: fillersOnline(409) },
  'POST /api/applications/{id}/resubmit': { path: (w) => `/applications/${w.aboutPerson.id}/resubmit`, body: () => ({ version: STALE }), idempotent: true, expect: onPersonsMatter(409, 409) },
  'POST /api/applications/{id}/promise': { path: (w) => `/applications/${w.aboutPerson.id}/promise`, body: () => ({ version: STALE, promise: true }), expect: as(409, 404, 403, 403, 403, 404, [409, 403, 409, 404, 404, 404]) },
  // Rating and withdrawing are the filer's: the person and a relative who acts are refused the step (409).
  'POST /api/applications/{id}/rating': { path: (w) => `/applications/${w.aboutPerson.id}/rating`, body: () => ({ version: STALE, level: 5 }), idempotent: true, expect: as(409, 404, 403, 403, 403, 404, [409, 403, 409, 404, 404, 404]) },
  'POST /api/applications/{id}/withdraw': { path: (w) => `/applications/${w.aboutPerson.id}/withdraw`, body: () => ({ version: STALE }), idempotent: true, expect: as(409, 404, 403, 403, 403, 404, [409, 403, 409, 404, 404, 404]) },
  'POST /api/applications/{id}/documents': {
    path: (w) => `/applications/${w.aboutPerson.id}/documents`,
    body: () => ({ kind: 'photo', fileName: 'p.jpg', contentType: 'image/jpeg', size: 100 }),
    idempotent: true,
    expect: onPersonsMatter(201, 404),
  },
  'POST /api/applications/{id}/documents/{documentId}/confirm': { path: (w) => `/applications/${w.aboutPerson.id}/documents/${w.aboutPerson.documentId}/confirm`, expect: onPersonsMatter(200, 404) },
  'DELETE /api/applications/{id}/documents/{documentId}': { path: (w) => `/applications/${w.draft.id}/documents/${w.draft.removableDocumentId}`, expect: fillersOnline(200) },
  // The person's own documents: theirs to look at; relatives see that they arrived, not the files.
  'GET /api/applications/{id}/documents/{documentId}/link': { path: (w) => `/applications/${w.aboutPerson.id}/documents/${w.aboutPerson.documentId}/link`, expect: as(200, 404, 403, 403, 403, 404, [200, 403, 403, 404, 404, 404]) },
  'GET /api/certificates': { path: () => '/certificates', expect: as(200, 200, 403, 403, 403, 200) },
  'POST /api/certificates/{number}/matters': { path: (w) => `/certificates/${w.certificateNumber}/matters`, body: () => ({ matter: 'renewal' }), idempotent: true, expect: ownersOnly(400) },
  'GET /api/staff/applications': { path: () => '/staff/applications', expect: as(403, 403, 200, 200, 403, 403) },
  'POST /api/staff/filings': {
    path: () => '/staff/filings',
    body: () => ({ accountPhone: '13900000088', channel: 'counter', answers: {} }),
    idempotent: true,
    expect: as(403, 403, 201, 201, 403, 403),
  },
  'GET /api/staff/applications/{id}': { path: (w) => `/staff/applications/${w.aboutPerson.id}`, expect: districtStaffOnly(200) },
  'POST /api/staff/applications/{id}/decisions': { path: (w) => `/staff/applications/${w.aboutPerson.id}/decisions`, body: () => ({ action: 'accept', version: STALE }), expect: districtStaffOnly(409) },
  'PUT /api/staff/applications/{id}/assignee': { path: (w) => `/staff/applications/${w.aboutPerson.id}/assignee`, body: () => ({ version: STALE, assigneeUserId: 'nobody' }), expect: districtStaffOnly(409) },
  'POST /api/staff/applications/{id}/reveal': { path: (w) => `/staff/applications/${w.aboutPerson.id}/reveal`, body: () => ({ field: 'personPhone' }), expect: districtStaffOnly(200) },
  'GET /api/staff/applications/{id}/documents/{documentId}/link': { path: (w) => `/staff/applications/${w.aboutPerson.id}/documents/${w.aboutPerson.documentId}/link`, expect: districtStaffOnly(200) },
  'GET /api/admin/staff': { path: () => '/admin/staff', expect: adminOnly(200) },
  'PUT /api/admin/staff': { path: () => '/admin/staff', body: () => ({ phone: '13800000199', name: '新同事', district: '430105', active: true }), expect: adminOnly(200) },
  'GET /api/admin/failed-notices': { path: () => '/admin/failed-notices', expect: adminOnly(200) },
  'POST /api/admin/failed-notices/{id}/replay': { path: () => '/admin/failed-notices/no-such-event/replay', expect: adminOnly(404) },
  'GET /api/applications/{id}/booking': { path: (w) => `/applications/${w.booked.id}/booking`, expect: bookers(200) },
  'GET /api/applications/{id}/availability': { path: (w) => `/applications/${w.booked.id}/availability?category=4`, expect: bookers(200) },
  'POST /api/applications/{id}/bookings': { path: (w) => `/applications/${w.booked.id}/bookings`, body: (w) => ({ version: STALE, sessionId: w.booked.sessionId }), expect: bookers(409) },
  'POST /api/applications/{id}/bookings/{bookingId}/reschedule': {
    path: (w) => `/applications/${w.booked.id}/bookings/${w.booked.bookingId}/reschedule`,
    body: (w) => ({ version: STALE, sessionId: w.spareSessionId }),
    expect: bookers(409),
  },
  'POST /api/applications/{id}/bookings/{bookingId}/cancel': { path: (w) => `/applications/${w.booked.id}/bookings/${w.booked.bookingId}/cancel`, body: () => ({ version: STALE }), expect: bookers(409) },
  'POST /api/applications/{id}/bookings/{bookingId}/missed': { path: (w) => `/applications/${w.booked.id}/bookings/${w.booked.bookingId}/missed`, body: () => ({ version: STALE }), expect: keepers(409, 404, 409, 404) },
  'POST /api/applications/{id}/waiting-list': { path: (w) => `/applications/${w.booked.id}/waiting-list`, body: (w) => ({ sessionId: w.booked.sessionId }), expect: bookers(400) },
  'DELETE /api/applications/{id}/waiting-list/{sessionId}': { path: (w) => `/applications/${w.booked.id}/waiting-list/${w.booked.sessionId}`, expect: bookers(200) },
  'POST /api/applications/{id}/home-visit': {
    path: (w) => `/applications/${w.booked.id}/home-visit`,
    body: () => ({ version: STALE, reason: 'bedridden', townshipId: '430105-t1', community: '东风社区' }),
    expect: bookers(409),
  },
  'GET /api/sessions': { path: () => '/sessions', expect: keepers(200, 200, 200, 200) },
  'POST /api/sessions': { path: () => '/sessions', body: () => ({ institutionId: 'kf-1', date: '2099-02-02', start: '14:00', end: '17:00', category: '4', seats: 10 }), expect: keepers(201, 404, 201, 404) },
  'GET /api/sessions/{sessionId}/roster': { path: (w) => `/sessions/${w.booked.sessionId}/roster`, expect: keepers(200, 404, 200, 404) },
  'POST /api/sessions/{sessionId}/close': { path: (w) => `/sessions/${w.spareSessionId}/close`, body: () => ({ reason: '医生外出培训' }), expect: keepers(200, 404, 200, 404) },
  'POST /api/session-templates': {
    path: () => '/session-templates',
    body: () => ({ institutionId: 'kf-1', weekday: 1, start: '14:00', end: '17:00', category: '6', seats: 6, accessibility: ['companion'] }),
    expect: keepers(201, 404, 201, 404),
  },
  // Tianxin's template: its staff member ends it; its assessor, coming after, finds it gone.
  'DELETE /api/session-templates/{institutionId}/{templateId}': { path: () => '/session-templates/tx-1/tx-1-weekly-1', expect: keepers(404, 200, 404, 404) },
  'POST /api/check-ins': { path: () => '/check-ins', body: (w) => ({ reference: w.booked.reference }), expect: keepers(400, 404, 400, 404) },
  'GET /api/home-visits': { path: () => '/home-visits', expect: keepers(200, 200, 200, 200) },
  'GET /api/assessor/applications/{id}': { path: (w) => `/assessor/applications/${w.booked.id}`, expect: assessorOnly(200) },
  'POST /api/assessor/applications/{id}/result': {
    path: (w) => `/assessor/applications/${w.booked.id}/result`,
    body: () => ({ action: 'recordAssessment', version: STALE, components: [{ category: 4, grade: 2 }] }),
    expect: assessorOnly(409),
  },
  'GET /api/notices': { path: () => '/notices', expect: signedIn(200) },
  'GET /api/people': { path: () => '/people', expect: as(200, 200, 403, 403, 403, 200) },
  // Each caller asks about a person of their own (the same answer whether or not we know them); the father is linked already.
  'POST /api/me/person-link/code': {
    path: () => '/me/person-link/code',
    body: (_w, actor) => ({ ownIdNumber: fictitiousIdNumber('1960-06-06', String(100 + ACTORS.indexOf(actor))), ownName: '张三' }),
    expect: as(202, 202, 403, 403, 403, 202, [400, 202, 202, 202, 202, 202]),
  },
  'POST /api/me/person-link': { path: () => '/me/person-link', body: () => ({ code: '000000' }), expect: as(400, 400, 403, 403, 403, 400) },
  // Only the person (or their guardian) invites; a relative who helps is told they may not pass it on.
  'POST /api/people/{personId}/delegations': {
    path: (w) => `/people/${w.personId}/delegations`,
    body: () => ({ delegatePhone: '13500000001', delegateName: '王芳', relationship: 'granddaughter', scopes: ['follow'], agreed: true }),
    idempotent: true,
    expect: as(404, 404, 403, 403, 403, 404, [201, 403, 403, 403, 404, 404]),
  },
  // An invitation to the other citizen's number: theirs to accept (a wrong code here), nobody else's to see.
  'POST /api/delegations/{id}/accept': { path: (w) => `/delegations/${w.delegations.pending}/accept`, body: () => ({ code: '000000' }), expect: as(404, 400, 403, 403, 403, 404, [404, 404, 404, 404, 404, 404]) },
  'POST /api/delegations/{id}/end': { path: (w) => `/delegations/${w.delegations.toEnd}/end`, expect: as(404, 404, 403, 403, 403, 404, [200, 404, 404, 404, 404, 404]) },
  'POST /api/delegations/{id}/confirm': { path: (w) => `/delegations/${w.delegations.follow}/confirm`, expect: as(404, 404, 403, 403, 403, 404, [400, 404, 404, 404, 404, 404]) },
  'POST /api/staff/applications/{id}/delegation-papers': {
    path: (w) => `/staff/applications/${w.aboutPerson.id}/delegation-papers`,
    body: () => ({ fileName: 'paper.jpg', contentType: 'image/jpeg', size: 100 }),
    idempotent: true,
    expect: districtStaffOnly(201),
  },
  'POST /api/staff/applications/{id}/delegation-papers/{documentId}/confirm': { path: (w) => `/staff/applications/${w.aboutPerson.id}/delegation-papers/${w.aboutPerson.paperDocumentId}/confirm`, expect: districtStaffOnly(200) },
  'POST /api/staff/applications/{id}/delegations': {
    path: (w) => `/staff/applications/${w.aboutPerson.id}/delegations`,
    body: (w) => ({ delegatePhone: '13500000002', delegateName: '王强', relationship: 'son', scopes: ['follow', 'receive'], grantorKind: 'person', grantorName: '王建国', documentId: w.aboutPerson.paperDocumentId }),
    idempotent: true,
    expect: districtStaffOnly(201),
  },
  'PUT /api/me/channels': { path: () => '/me/channels', body: () => ({ sms: true, email: false }), expect: signedIn(200) },
  'POST /api/me/email': { path: () => '/me/email', body: () => ({ email: 'relative@example.com' }), expect: signedIn(202) },
  'POST /api/email-verifications': { path: () => '/email-verifications', body: () => ({ token: 'A'.repeat(43) }), expect: everyone(400) },
  // 办件查询 needs no account: anyone with the reference and the ID number's last 6 characters.
  'POST /api/progress': { path: () => '/progress', body: (w) => ({ reference: w.aboutPerson.reference, idLast6: w.aboutPerson.idLast6 }), expect: everyone(200) },
  'POST /api/benefits/check': { path: () => '/benefits/check', body: () => ({ districtCode: '430105', hasCard: true, category: 4, grade: 2, age: 50, household: 'unknown' }), expect: everyone(200) },
  'POST /api/benefit-applications': { path: () => '/benefit-applications', body: (w) => ({ benefitId: 'fuel-subsidy', certificateNumber: w.certificateNumber }), idempotent: true, expect: as(201, 404, 403, 403, 403, 404) },
  'GET /api/benefit-applications/{id}': { path: (w) => `/benefit-applications/${w.benefit.draftId}`, expect: fillersOnline(200) },
  'PUT /api/benefit-applications/{id}': { path: (w) => `/benefit-applications/${w.benefit.draftId}`, body: () => ({ version: STALE, answers: {} }), expect: fillersOnline(409) },
  'POST /api/benefit-applications/{id}/proposal': { path: (w) => `/benefit-applications/${w.benefit.draftId}/proposal`, body: () => ({ version: STALE, accept: true }), idempotent: true, expect: ownersOnly(409) },
  'POST /api/staff/benefit-filings': {
    path: () => '/staff/benefit-filings',
    body: (w) => ({ accountPhone: '13900000089', channel: 'counter', benefitId: 'fuel-subsidy', certificateNumber: w.certificateNumber }),
    idempotent: true,
    expect: as(403, 403, 201, 404, 403, 403),
  },
  'GET /api/reviews': { path: () => '/reviews', expect: reviewersOnly(200, 200) },
  'GET /api/reviews/{id}': { path: (w) => `/reviews/${w.benefit.submittedId}`, expect: reviewersOnly(200) },
  'POST /api/reviews/{id}/decisions': { path: (w) => `/reviews/${w.benefit.submittedId}/decisions`, body: () => ({ action: 'passTownship', version: STALE }), expect: reviewersOnly(409) },
  'POST /api/reviews/{id}/bank-account': { path: (w) => `/reviews/${w.benefit.submittedId}/bank-account`, body: () => ({ purpose: '核对发放账户' }), expect: reviewersOnly(200) },
  'GET /api/reviews/{id}/documents/{documentId}/link': { path: (w) => `/reviews/${w.benefit.submittedId}/documents/${w.benefit.documentId}/link`, expect: reviewersOnly(200) },
  'GET /api/dev/registers': { path: () => '/dev/registers', expect: everyone(200) },
  'PUT /api/dev/registers': { path: () => '/dev/registers', body: () => ({ register: 'hukou', idNumber: '11010519491231002X', personName: '王秀英', mode: 'silent' }), expect: everyone(200) },
  'POST /api/dev/benefit-job': { path: () => '/dev/benefit-job', body: () => ({ job: 'nightly' }), expect: everyone(200) },
  'GET /api/openapi.json': { path: () => '/openapi.json', expect: everyone(200) },
  'GET /api/dev/messages': { path: () => '/dev/messages', expect: everyone(200) },
};

// The owner goes last, so that what the owner is allowed to change does not change what others see.
const ORDER: Actor[] = ['anonymous', 'forged', 'otherCitizen', 'demotedStaff', 'otherStaff', 'admin', 'otherAssessor', 'otherReviewer', 'assessor', 'reviewer', 'districtStaff', 'revokedDelegate', 'expiredDelegate', 'delegateReceive', 'delegateFollow', 'delegateAct', 'subject', 'owner'];

let platform: Platform;
let world: World;

beforeAll(async () => {
  platform = await startTestPlatform();
  world = await buildWorld(platform, '0901');
});
afterAll(async () => platform?.stop());

describe('the access matrix', () => {
  it('asks every kind of person, the family included', () => {
    expect(ORDER.slice().sort()).toEqual([...ACTORS].sort());
  });

  it('has a row for every route in the route table, and no row for a route that is gone', () => {
    const keys = routes.map((r) => `${r.method} ${r.path}`);
    expect(keys.filter((k) => !matrix[k]), 'routes without a row').toEqual([]);
    expect(Object.keys(matrix).filter((k) => !keys.includes(k)), 'rows without a route').toEqual([]);
  });

  it.each(routes.map((r) => [`${r.method} ${r.path}`, r] as const))('%s answers each person as allowed', async (key, route) => {
    const row = matrix[key];
    if (!row) throw new Error(`no row for ${key}`);
    const seen: Partial<Expect> = {};
    for (const actor of ORDER) {
      const headers: Record<string, string> = row.idempotent ?? route.idempotent ? { 'idempotency-key': uniqueKey(actor) } : {};
      const answer = await world.call(actor, route.method, row.path(world), row.body?.(world, actor), headers);
      seen[actor] = answer.status;
      if (answer.status >= 400) expect(answer.headers.get('content-type'), `${actor}: ${JSON.stringify(answer.body)}`).toBe('application/problem+json');
    }
    expect(seen).toEqual(row.expect);
  });
});
