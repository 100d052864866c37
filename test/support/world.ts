/**
 * A small world for testing every route as different people: an applicant with a draft, a submitted
 * matter and a card; a citizen with nothing to do with them; staff of the matter's district and of
 * another; the administrator; a staff member whose role was just ended; nobody; a forged token; the
 * assessor of the institution the owner booked a seat with, and one of another district's. And a family:
 * a matter the applicant filed for their father (awaiting corrections), the father's own linked account,
 * and relatives he let follow, act or receive messages, one whose help he ended and one whose help ran out.
 */
import { expect } from 'vitest';
import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { SignJWT } from 'jose';
import type { Platform } from '../../local/platform.js';
import { request, signIn, type Client } from './test-platform.js';
import { completeSelfAnswers, readyToSubmit, uniqueKey, uploadDocument } from './applications.js';
import { fictitiousIdNumber } from './fixtures.js';
import { jpegBytes } from './files.js';
import { tableClient } from './table.js';

import { FAMILY_ACTORS, buildFamily } from './family-world.js';

export { FAMILY_ACTORS, type FamilyActor } from './family-world.js';
export const ACTORS = ['owner', 'otherCitizen', 'districtStaff', 'otherStaff', 'admin', 'demotedStaff', 'reviewer', 'otherReviewer', 'anonymous', 'forged', 'assessor', 'otherAssessor', ...FAMILY_ACTORS] as const;
export type Actor = (typeof ACTORS)[number];

export interface World {
  platform: Platform;
  clients: Record<Exclude<Actor, 'anonymous'>, Client | undefined> & { anonymous: undefined };
  call(actor: Actor, method: string, path: string, body?: unknown, headers?: Record<string, string>): ReturnType<Client['call']>;
  ownerId: string;
  /** The owner's draft (online) with one received and one removable document. */
  draft: { id: string; version: number; documentId: string; removableDocumentId: string };
  /** The owner's submitted matter in the staff's district, with a received document. */
  submitted: { id: string; version: number; documentId: string };
  certificateNumber: string;
  /** The owner's benefit matters: a draft, and one sent to the township (with its household register page). */
  benefit: { draftId: string; submittedId: string; documentId: string };
  /** The owner's accepted matter with a seat booked in a Kaifu session (the assessor's institution, kf-1). */
  booked: { id: string; version: number; bookingId: string; reference: string; sessionId: string };
  /** A Kaifu session nobody is booked into (to close, to fuzz). */
  spareSessionId: string;
  /** The matter the owner filed for their father, awaiting corrections, with a received document and a received paper scan. */
  aboutPerson: { id: string; version: number; documentId: string; reference: string; idLast6: string; paperDocumentId: string };
  /** The father's person id, and delegations: one waiting for the other citizen to accept, one to end. */
  personId: string;
  delegations: { pending: string; toEnd: string; follow: string };
}

async function forgedClient(platform: Platform): Promise<Client> {
  const token = await new SignJWT({ phone_number: '+8613800000101', 'cognito:groups': ['staff', 'admin'], 'custom:district': '430105', token_use: 'id' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('demo-staff-13800000101')
    .setIssuer('onevisit-local')
    .setAudience('onevisit-web')
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(new TextEncoder().encode('not-the-secret-not-the-secret-not-the-secret'));
  return { token, call: (method, path, body, headers = {}) => request(platform, method, path, body, { authorization: `Bearer ${token}`, ...headers }) };
}

export async function buildWorld(platform: Platform, sequence: string): Promise<World> {
  const [owner, otherCitizen, districtStaff, otherStaff, admin, assessor, otherAssessor] = await Promise.all(
    ['13900000001', '13900000002', '13800000101', '13800000102', '13800000100', '13700000201', '13700000202'].map((phone) => signIn(platform, phone)),
  );
  const demotedPhone = `1380000${sequence.padStart(4, '0')}`;
  expect((await admin!.call('PUT', '/admin/staff', { phone: demotedPhone, name: '已离岗', district: '430105', active: true })).status).toBe(200);
  const demotedStaff = await signIn(platform, demotedPhone);
  expect((await admin!.call('PUT', '/admin/staff', { phone: demotedPhone, name: '已离岗', district: '430105', active: false })).status).toBe(200);

  const answers = (n: string) => ({ ...completeSelfAnswers, personIdNumber: fictitiousIdNumber('1958-08-08', `${sequence}${n}`.slice(-3).padStart(3, '0')) });
  const draft = await readyToSubmit(owner!, answers('1'));
  const removable = await uploadDocument(owner!, draft.id, 'photo', jpegBytes(), 'image/jpeg');
  const documents = (await owner!.call('GET', `/applications/${draft.id}`)).body.documents as { id: string }[];

  const toSubmit = await readyToSubmit(owner!, answers('2'));
  const receipt = await owner!.call('POST', `/applications/${toSubmit.id}/submit`, { version: toSubmit.version }, { 'idempotency-key': uniqueKey('world') });
  expect(receipt.status).toBe(201);
  const submittedDocs = (await owner!.call('GET', `/applications/${toSubmit.id}`)).body.documents as { id: string }[];

  const ownerId = (await owner!.call('GET', '/me')).body.profile.userId as string;
  const idNumber = fictitiousIdNumber('1957-07-07', sequence.slice(-3).padStart(3, '0'));
  const certificateNumber = `${idNumber}42`;
  const dynamo = tableClient(platform);
  await dynamo.send(
    new PutItemCommand({
      TableName: platform.tableName,
      Item: marshall({
        pk: `CERT#${certificateNumber}`,
        sk: 'META',
        gsi1pk: `HOLDER#${ownerId}`,
        gsi1sk: certificateNumber,
        entity: 'Certificate',
        number: certificateNumber,
        holderUserId: ownerId,
        personName: '王秀英',
        idNumber,
        category: 4,
        grade: 2,
        components: [{ category: 4, grade: 2 }],
        districtCode: '430105',
        issuedOn: '2025-01-02',
        validUntil: '2035-01-02',
        status: 'valid',
        applicationId: toSubmit.id,
        answers: answers('3'),
        updatedAt: '2025-01-02T00:00:00.000Z',
      }),
    }),
  );
  dynamo.destroy();

  // A township reviewer of the matters' district, and one of another district.
  const [reviewer, otherReviewer] = await Promise.all(['13800000211', '13800000221'].map((phone) => signIn(platform, phone)));
  const benefit = await benefitMatters(owner!, certificateNumber);
  // Accepted, then a seat in the first Kaifu session for physical assessment (the seeded weekly ones).
  const toBook = await readyToSubmit(owner!, answers('4'));
  const bookedReceipt = await owner!.call('POST', `/applications/${toBook.id}/submit`, { version: toBook.version }, { 'idempotency-key': uniqueKey('world') });
  const accepted = await districtStaff!.call('POST', `/staff/applications/${toBook.id}/decisions`, { action: 'accept', version: bookedReceipt.body.receipt.version });
  expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
  const free = await owner!.call('GET', `/applications/${toBook.id}/availability?category=4`);
  const session = (free.body.sessions as { id: string; seatsLeft: number; institutionId: string }[]).find((s) => s.seatsLeft > 0 && s.institutionId === 'kf-1')!;
  const seat = await owner!.call('POST', `/applications/${toBook.id}/bookings`, { version: accepted.body.application.version, sessionId: session.id }, { 'idempotency-key': uniqueKey('world') });
  expect(seat.status, JSON.stringify(seat.body)).toBe(201);
  const spare = await districtStaff!.call('POST', '/sessions', { institutionId: 'kf-1', date: '2099-01-05', start: '08:30', end: '11:30', category: '4', seats: 5 }, { 'idempotency-key': uniqueKey('world') });
  expect(spare.status, JSON.stringify(spare.body)).toBe(201);

  const family = await buildFamily(platform, sequence, owner!, districtStaff!, otherCitizen!);
  const clients = { owner, otherCitizen, districtStaff, otherStaff, admin, demotedStaff, reviewer, otherReviewer, assessor, otherAssessor, forged: await forgedClient(platform), anonymous: undefined, ...family.clients } as World['clients'];
  return {
    platform,
    clients,
    call: (actor, method, path, body, headers = {}) => {
      const client = clients[actor];
      return client ? client.call(method, path, body, headers) : request(platform, method, path, body, headers);
    },
    ownerId,
    draft: { id: draft.id, version: draft.version, documentId: documents[0]!.id, removableDocumentId: removable.body.document.id },
    submitted: { id: toSubmit.id, version: receipt.body.receipt.version, documentId: submittedDocs[0]!.id },
    certificateNumber,
    benefit,
    booked: { id: toBook.id, version: seat.body.application.version, bookingId: seat.body.booking.id, reference: seat.body.booking.reference, sessionId: session.id },
    spareSessionId: spare.body.session.id,
    aboutPerson: family.aboutPerson,
    personId: family.personId,
    delegations: family.delegations,
  };
}

async function benefitMatters(owner: Client, certificateNumber: string): Promise<World['benefit']> {
  const key = () => ({ 'idempotency-key': uniqueKey('world') });
  const started = await owner.call('POST', '/benefit-applications', { benefitId: 'care-subsidy', certificateNumber }, key());
  expect(started.status, JSON.stringify(started.body)).toBe(201);
  const id = started.body.application.id as string;
  const bankAccount = { holderName: '王秀英', bankName: '中国农业银行', kind: 'card', accountNumber: '6222020200112233446' };
  await uploadDocument(owner, id, 'hukouPage', jpegBytes(), 'image/jpeg');
  const saved = await owner.call('PUT', `/benefit-applications/${id}`, { version: started.body.application.version + 0, answers: { declaration: true, allowances: [] }, bankAccount });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  const sent = await owner.call('POST', `/applications/${id}/submit`, { version: saved.body.application.version }, key());
  expect(sent.status, JSON.stringify(sent.body)).toBe(201);
  const draft = await owner.call('POST', '/benefit-applications', { benefitId: 'fuel-subsidy', certificateNumber }, key());
  expect(draft.status).toBe(201);
  return { draftId: draft.body.application.id, submittedId: id, documentId: saved.body.documents[0].id };
}
