/**
 * Every route of the route table, fuzzed from a valid request of its own: wrong types, huge and unicode
 * strings, prototype keys, missing and extra fields, malformed JSON and UTF-8, strange content types,
 * keys and paths. Not one answer may be a 5xx, every refusal is problem+json, and afterwards the portal
 * still answers, still sends notices, and every draft the fuzzer saved can still be read.
 *
 * A fixed seed (FUZZ_SEED). `npm test` runs 100 cases per route, as the whole suite must stay under 15
 * minutes on a 2-core machine; CI (.ci/run) then runs this file again with FUZZ_RUNS=1000 (82,000 cases).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import net from 'node:net';
import fc from 'fast-check';
import type { Platform } from '../../local/platform.js';
import { routes, type Route } from '../../functions/routes.js';
import { request, sinkMessages, startTestPlatform } from '../support/test-platform.js';
import { completeSelfAnswers, readyToSubmit, uniqueKey } from '../support/applications.js';
import { fictitiousIdNumber } from '../support/fixtures.js';
import { buildWorld, type Actor, type World } from '../support/world.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);

let platform: Platform;
let world: World;
const statuses = new Map<string, Map<number, number>>();

beforeAll(async () => {
  platform = await startTestPlatform();
  world = await buildWorld(platform, '0902');
});
afterAll(async () => {
  const lines = [...statuses].map(([route, seen]) => `${route}: ${[...seen].sort().map(([s, n]) => `${s}×${n}`).join(' ')}`);
  console.log(`fuzz: ${RUNS} cases per route, seed ${SEED}\n${lines.join('\n')}`);
  await platform?.stop();
});

/** A valid request of each route, to mutate: who sends it, its path and body. */
function seedOf(route: Route, w: World): { actor: Actor; params: Record<string, string>; body: Record<string, unknown> | undefined } {
  const access = route.access === 'public' ? [] : (route.access as readonly string[]);
  // The family's routes are sent as the person the world's family is about, who may use them.
  const family = /^\/api\/(people\/|delegations\/|me\/person-link)/.test(route.path);
  const actor: Actor =
    route.access === 'public'
      ? 'anonymous'
      : family
        ? 'subject'
        : access.includes('citizen')
          ? 'owner'
          : access.includes('staff')
            ? 'districtStaff'
            : access.includes('assessor')
              ? 'assessor'
              : access.includes('townshipReviewer')
                ? 'reviewer'
                : 'admin';
  const reviews = route.path.startsWith('/api/reviews/');
  // The appointment routes work on the owner's booked matter.
  const onBooking = /\/(booking|availability|bookings|waiting-list|home-visit)\b|\/assessor\//.test(route.path);
  const params: Record<string, string> = {
    id: reviews
      ? w.benefit.submittedId
      : route.path.startsWith('/api/benefit-applications/')
        ? w.benefit.draftId
        : onBooking
          ? w.booked.id
          : route.path.startsWith('/api/staff/')
            ? w.aboutPerson.id
            : route.path.startsWith('/api/admin/')
              ? 'no-such-event'
              : route.path.startsWith('/api/delegations/')
                ? w.delegations.pending
                : w.draft.id,
    documentId: route.path.includes('/delegation-papers/')
      ? w.aboutPerson.paperDocumentId
      : reviews
        ? w.benefit.documentId
        : route.path.startsWith('/api/staff/')
          ? w.aboutPerson.documentId
          : w.draft.documentId,
    number: w.certificateNumber,
    personId: w.personId,
    bookingId: w.booked.bookingId,
    sessionId: route.path.includes('waiting-list') ? w.booked.sessionId : w.spareSessionId,
    institutionId: 'kf-1',
    templateId: 'kf-1-weekly-6',
  };
  const bodies: Record<string, Record<string, unknown>> = {
    'POST /api/auth/code': { phone: '13700000301' },
    'POST /api/auth/session': { phone: '13700000301', code: '123456' },
    'PUT /api/me/language': { language: 'en' },
    'POST /api/applications': { answers: { forWhom: 'self', category: '4' } },
    'PUT /api/applications/{id}': { version: w.draft.version, answers: { forWhom: 'self', personName: '王秀英' } },
    'POST /api/applications/{id}/submit': { version: 999 },
    'POST /api/applications/{id}/resubmit': { version: 999 },
    'POST /api/applications/{id}/promise': { version: 999, promise: true },
    'POST /api/applications/{id}/rating': { version: 999, level: 5, comment: '很好' },
    'POST /api/applications/{id}/withdraw': { version: 999, reason: '不办了' },
    'POST /api/applications/{id}/documents': { kind: 'photo', fileName: 'p.jpg', contentType: 'image/jpeg', size: 100 },
    'POST /api/certificates/{number}/matters': { matter: 'reissue' },
    'POST /api/staff/filings': { accountPhone: '13900000301', channel: 'counter', answers: {} },
    'POST /api/staff/applications/{id}/decisions': { action: 'requestCorrection', version: 999, items: [{ kind: 'photo', note: '照片不清楚' }] },
    'PUT /api/staff/applications/{id}/assignee': { version: 999, assigneeUserId: 'x' },
    'POST /api/staff/applications/{id}/reveal': { field: 'personPhone' },
    'PUT /api/admin/staff': { phone: '13800000301', name: '试用', district: '430105', active: true },
    'POST /api/me/person-link/code': { ownIdNumber: '11010519491231002X', ownName: '王秀英' },
    'POST /api/me/person-link': { code: '123456' },
    'POST /api/people/{personId}/delegations': { delegatePhone: '13500000301', delegateName: '李娜', relationship: 'daughter', scopes: ['follow', 'act'], endsOn: '2030-01-01', agreed: true },
    'POST /api/delegations/{id}/accept': { code: '123456' },
    'POST /api/staff/applications/{id}/delegation-papers': { fileName: 'paper.jpg', contentType: 'image/jpeg', size: 100 },
    'POST /api/staff/applications/{id}/delegations': {
      delegatePhone: '13500000302',
      delegateName: '王强',
      relationship: 'son',
      scopes: ['follow', 'receive'],
      endsOn: '2030-01-01',
      grantorKind: 'guardian',
      grantorName: '王建国',
      documentId: w.aboutPerson.paperDocumentId,
    },
    'PUT /api/me/channels': { sms: true, email: false },
    'POST /api/me/email': { email: 'relative@example.com' },
    'POST /api/email-verifications': { token: 'A'.repeat(43) },
    'POST /api/progress': { reference: w.aboutPerson.reference, idLast6: w.aboutPerson.idLast6 },
    'POST /api/benefits/check': { districtCode: '430105', hasCard: true, category: 4, grade: 2, age: 50, household: 'dibao', allowances: [{ kind: 'elderlyCare', monthlyYuan: 100 }], facts: { lowerLimb: true } },
    'POST /api/benefit-applications': { benefitId: 'fuel-subsidy', certificateNumber: w.certificateNumber, consents: ['hukou'] },
    'PUT /api/benefit-applications/{id}': {
      version: 999,
      answers: { household: 'dibao', facts: { lowerLimb: true, ownsMotorisedWheelchair: true }, allowances: [], declaration: true },
      consents: ['hukou'],
      bankAccount: { holderName: '王秀英', bankName: '中国银行', kind: 'card', accountNumber: '6222020200112233446' },
    },
    'POST /api/benefit-applications/{id}/proposal': { version: 999, accept: true },
    'POST /api/staff/benefit-filings': { accountPhone: '13900000302', channel: 'counter', benefitId: 'fuel-subsidy', certificateNumber: w.certificateNumber },
    'POST /api/reviews/{id}/decisions': { action: 'requestCorrection', version: 999, items: [{ subject: 'hukouPage', note: '户口页不清楚' }] },
    'POST /api/reviews/{id}/bank-account': { purpose: '核对发放账户' },
    'PUT /api/dev/registers': { register: 'civilAffairs', idNumber: '11010519491231002X', personName: '王秀英', mode: 'answers', answer: { household: 'dibao' } },
    'POST /api/dev/benefit-job': { job: 'nightly' },
    'POST /api/applications/{id}/bookings': { version: w.booked.version, sessionId: w.spareSessionId, needs: ['wheelchair'] },
    'POST /api/applications/{id}/bookings/{bookingId}/reschedule': { version: w.booked.version, sessionId: w.spareSessionId },
    'POST /api/applications/{id}/bookings/{bookingId}/cancel': { version: 999 },
    'POST /api/applications/{id}/bookings/{bookingId}/missed': { version: 999 },
    'POST /api/applications/{id}/waiting-list': { sessionId: w.booked.sessionId, needs: ['companion'] },
    'POST /api/applications/{id}/home-visit': { version: 999, reason: 'bedridden', note: '卧床', townshipId: '430105-t1', community: '东风社区' },
    'POST /api/sessions': { institutionId: 'kf-1', date: '2099-03-03', start: '08:30', end: '11:30', category: '4', seats: 10, accessibility: ['wheelchair'] },
    'POST /api/sessions/{sessionId}/close': { reason: '医生生病' },
    'POST /api/session-templates': { institutionId: 'kf-1', weekday: 2, start: '14:00', end: '16:00', category: '3', seats: 5 },
    'POST /api/check-ins': { reference: w.booked.reference },
    'POST /api/assessor/applications/{id}/result': { action: 'recordAssessment', version: 999, components: [{ category: 4, grade: 2 }] },
  };
  return { actor, params, body: route.body ? (bodies[`${route.method} ${route.path}`] ?? {}) : undefined };
}

const HUGE = 'X'.repeat(20_000);
const NASTY_STRINGS = ['__proto__', 'constructor', 'prototype', '../../etc/passwd', '\u0000', '𠀀𠀁𪚥', '阿卜杜·热合曼', '\u202e', '<script>alert(1)</script>', "' OR 1=1 --", '${7*7}', '%00', HUGE];
const weirdString = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.constantFrom(...NASTY_STRINGS));
/** For paths and query strings: short, so a failure report stays readable (long URLs have a case of their own). */
const shortString = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }), fc.constantFrom(...NASTY_STRINGS.filter((n) => n !== HUGE)));
const weirdValue: fc.Arbitrary<unknown> = fc.oneof(
  weirdString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(1e308, -1, 0, 2 ** 53 + 1),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }),
  fc.dictionary(weirdString, fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
);

/** The body as bytes: a mutation of the valid one, or something that is not that body at all. */
function bodyArbitrary(seed: Record<string, unknown> | undefined): fc.Arbitrary<string | Buffer | undefined> {
  const base = seed ?? {};
  const keys = Object.keys(base);
  // Mostly one change to the valid body, so that most cases reach past validation into the use-case.
  const mutated = fc
    .record({
      drop: keys.length ? fc.oneof({ weight: 3, arbitrary: fc.constant([] as string[]) }, { weight: 1, arbitrary: fc.subarray(keys, { maxLength: 1 }) }) : fc.constant([] as string[]),
      replace: fc.dictionary(keys.length ? fc.constantFrom(...keys) : weirdString, weirdValue, { maxKeys: 1 }),
      extra: fc.oneof({ weight: 3, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: fc.dictionary(weirdString, weirdValue, { maxKeys: 2 }) }),
    })
    .map(({ drop, replace, extra }) => {
      const body: Record<string, unknown> = { ...base, ...replace, ...extra };
      for (const key of drop) delete body[key];
      return JSON.stringify(body);
    });
  const prototypeKeys = fc.constantFrom(
    '{"__proto__":{"roles":["admin"]},"version":1}',
    '{"constructor":{"prototype":{"isAdmin":true}}}',
    `{"answers":{"__proto__":{"personIdNumber":"11010519491231002X"}}}`,
    '{"version":1,"version":2}',
  );
  const malformed = fc.oneof(fc.string(), fc.constantFrom('{', '{"a":', '[1,2', 'null', '"str"', '1e999999', '{"a":"\\ud800"}', '{"a":"\\u0000"}'));
  const invalidUtf8 = fc.uint8Array({ minLength: 1, maxLength: 64 }).map((bytes) => Buffer.concat([Buffer.from('{"a":"'), Buffer.from([0xc3, 0x28, ...bytes.slice(0, 8)]), Buffer.from('"}')]));
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(JSON.stringify(base)) },
    { weight: 5, arbitrary: mutated },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)) },
    { weight: 1, arbitrary: prototypeKeys },
    { weight: 1, arbitrary: malformed },
    { weight: 1, arbitrary: invalidUtf8 },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
}

const headerValue = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 300 });
const contentType = fc.oneof(
  { weight: 6, arbitrary: fc.constant('application/json') },
  { weight: 1, arbitrary: fc.constantFrom('application/json; charset=utf-8', 'APPLICATION/JSON', 'text/plain', 'application/xml', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', 'application/json; charset=latin1', '') },
  { weight: 1, arbitrary: headerValue },
);
const pathPart = (seed: string) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constant(seed) },
    { weight: 1, arbitrary: shortString.map((s) => encodeURIComponent(s) || '%20') },
    { weight: 1, arbitrary: fc.constant('A'.repeat(20_000)) },
    { weight: 1, arbitrary: fc.constantFrom('%ZZ', '%E0%A4%A', '..', '%2e%2e', '%2F', '01ARZ3NDEKTSV4RRFFQ69G5FAV', 'ZZZZZZZZZZZZZZZZZZZZZZZZZZ') },
  );

function requestArbitrary(route: Route, w: World) {
  const seed = seedOf(route, w);
  const names = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  return fc.record({
    params: fc.tuple(...names.map((n) => pathPart(seed.params[n] ?? 'x'))),
    query: fc.oneof({ weight: 4, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.dictionary(shortString, shortString, { maxKeys: 3 }).map((q) => new URLSearchParams(q).toString()) }),
    body: route.method === 'GET' ? fc.constant(undefined) : bodyArbitrary(seed.body),
    contentType,
    acceptLanguage: fc.oneof(fc.constantFrom('zh-CN', 'en', 'en-GB,en;q=0.8', '*', ''), headerValue),
    idempotencyKey: fc.oneof({ weight: 5, arbitrary: fc.constant('valid') }, { weight: 1, arbitrary: headerValue }),
    asSomeoneElse: fc.oneof(
      { weight: 6, arbitrary: fc.constant(seed.actor) },
      { weight: 1, arbitrary: fc.constantFrom<Actor>('otherCitizen', 'forged', 'anonymous', 'demotedStaff', 'delegateFollow', 'revokedDelegate') },
    ),
  }).map((r) => {
    let path = route.path.replace('/api', '');
    names.forEach((n, i) => (path = path.replace(`{${n}}`, r.params[i]!)));
    return { ...r, path: r.query ? `${path}?${r.query}` : path };
  });
}

type FuzzRequest = ReturnType<typeof requestArbitrary> extends fc.Arbitrary<infer T> ? T : never;

async function send(w: World, route: Route, r: FuzzRequest) {
  const client = w.clients[r.asSomeoneElse];
  const headers: Record<string, string> = { 'accept-language': r.acceptLanguage };
  if (client) headers.authorization = `Bearer ${client.token}`;
  if (r.body !== undefined) headers['content-type'] = r.contentType;
  if (route.idempotent) headers['idempotency-key'] = r.idempotencyKey === 'valid' ? uniqueKey('fuzz') : r.idempotencyKey;
  const body = typeof r.body === 'string' || r.body === undefined ? r.body : new Uint8Array(r.body);
  const response = await fetch(`${platform.webUrl}/api${r.path}`, { method: route.method, headers, ...(body !== undefined ? { body } : {}) });
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
}

describe('fuzzing every route', () => {
  it.concurrent.each(routes.map((r) => [`${r.method} ${r.path}`, r] as const))('%s never answers 5xx, and refuses in problem+json', async (key, route) => {
    const seen = new Map<number, number>();
    statuses.set(key, seen);
    await fc.assert(
      fc.asyncProperty(requestArbitrary(route, world), async (r) => {
        const answer = await send(world, route, r);
        seen.set(answer.status, (seen.get(answer.status) ?? 0) + 1);
        expect(answer.status, `${r.path.slice(0, 200)} → ${answer.text.slice(0, 300)}`).toBeLessThan(500);
        if (answer.status >= 400 && answer.status !== 405) expect(answer.type).toBe('application/problem+json');
        if (answer.text) JSON.parse(answer.text);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    // Every route runs at once against one portal: each waits its turn among the others.
  }, 300_000);

  it('survives malformed request lines and headers sent as raw bytes', async () => {
    const { port } = new URL(platform.webUrl);
    const raw = (bytes: Buffer) =>
      new Promise<number>((resolve) => {
        const socket = net.connect(Number(port), '127.0.0.1', () => socket.write(bytes));
        let text = '';
        socket.on('data', (c) => (text += c.toString('latin1')));
        socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0)));
        socket.on('error', () => resolve(0));
        setTimeout(() => socket.destroy(), 3000);
      });
    const cases = [
      'GET /api/districts HTTP/1.1\r\nHost: localhost:abc\r\nConnection: close\r\n\r\n',
      'GET /api/districts HTTP/1.1\r\nHost: [::1\r\nConnection: close\r\n\r\n',
      'GET /api/districts HTTP/1.1\r\nHost: localhost\r\nX-Bad: a\x01b\r\nConnection: close\r\n\r\n',
      'GET /api/districts HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\nContent-Length: 7\r\nConnection: close\r\n\r\nabcde',
      `GET /api/districts HTTP/1.1\r\nHost: localhost\r\nX-Long: ${'a'.repeat(20_000)}\r\nConnection: close\r\n\r\n`,
      'GET http://[bad/api/districts HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n',
      'POST /api/applications HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nZZ\r\nabc\r\n0\r\n\r\n',
      'GARBAGE\r\n\r\n',
      'GET /api/%ZZ HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer a.b.c\r\nConnection: close\r\n\r\n',
    ];
    for (const text of cases) {
      const status = await raw(Buffer.from(text, 'latin1'));
      expect(status === 0 || status < 500, text.slice(0, 60)).toBe(true);
    }
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 200 }), async (junk) => {
        const status = await raw(Buffer.concat([Buffer.from('GET /api/districts HTTP/1.1\r\nHost: localhost\r\nX-Junk: '), Buffer.from(junk), Buffer.from('\r\nConnection: close\r\n\r\n')]));
        expect(status === 0 || status < 500).toBe(true);
      }),
      { numRuns: Math.min(RUNS, 200), seed: SEED },
    );
  });

  it('leaves a portal that still answers, still notifies, and can read every draft the fuzzer saved', async () => {
    expect((await request(platform, 'GET', '/districts')).status).toBe(200);
    const owner = world.clients.owner!;
    const mine = (await owner.call('GET', '/applications')).body.applications as { id: string }[];
    expect(mine.length).toBeGreaterThan(2);
    for (const application of mine) {
      const read = await owner.call('GET', `/applications/${application.id}`);
      expect(read.status, application.id).toBe(200);
    }
    const draft = await readyToSubmit(owner, { ...completeSelfAnswers, personIdNumber: fictitiousIdNumber('1959-09-09', '902') });
    const receipt = await owner.call('POST', `/applications/${draft.id}/submit`, { version: draft.version }, { 'idempotency-key': uniqueKey('after') });
    expect(receipt.status).toBe(201);
    await platform.drainNotifications();
    expect(sinkMessages(platform).some((m) => m.text.includes(receipt.body.receipt.reference))).toBe(true);
  });
});
