/**
 * A small world for testing every route as different people: an applicant with a draft, a submitted
 * matter and a card; a citizen with nothing to do with them; staff of the matter's district and of
 * another; the administrator; a staff member whose role was just ended; nobody; and a forged token.
 * And a family: a matter the applicant filed for their father (awaiting corrections), the father's own
 * linked account, and relatives he let follow, act or receive messages, one whose help he ended and
 * one whose help ran out.
 */
import { expect } from 'vitest';
import { PutItemCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { SignJWT } from 'jose';
import type { Platform } from '../../local/platform.js';
import { request, signIn, type Client } from './test-platform.js';
import { completeSelfAnswers, readyToSubmit, uniqueKey, uploadDocument } from './applications.js';
import { fictitiousIdNumber } from './fixtures.js';
import { jpegBytes } from './files.js';
import { tableClient } from './table.js';
import { answersAbout, invite, inviteAndAccept, linkSelf, submitAbout } from './family.js';
import { personKey } from '../../functions/matters/subject.js';
import { shanghaiDate } from '../../functions/domain/time.js';

export const FAMILY_ACTORS = ['subject', 'delegateFollow', 'delegateAct', 'delegateReceive', 'revokedDelegate', 'expiredDelegate'] as const;
export type FamilyActor = (typeof FAMILY_ACTORS)[number];
export const ACTORS = ['owner', 'otherCitizen', 'districtStaff', 'otherStaff', 'admin', 'demotedStaff', 'anonymous', 'forged', ...FAMILY_ACTORS] as const;
export type Actor = (typeof ACTORS)[number];

/** The family's phones: the father himself, then each relative. */
const FAMILY_PHONES: Record<FamilyActor, string> = {
  subject: '13600000001',
  delegateFollow: '13600000002',
  delegateAct: '13600000003',
  delegateReceive: '13600000004',
  revokedDelegate: '13600000005',
  expiredDelegate: '13600000006',
};
const SCOPES_OF: Record<Exclude<FamilyActor, 'subject'>, string[]> = {
  delegateFollow: ['follow'],
  delegateAct: ['follow', 'act'],
  delegateReceive: ['receive'],
  revokedDelegate: ['follow', 'act', 'receive'],
  expiredDelegate: ['follow', 'act', 'receive'],
};

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
  const [owner, otherCitizen, districtStaff, otherStaff, admin] = await Promise.all(
    ['13900000001', '13900000002', '13800000101', '13800000102', '13800000100'].map((phone) => signIn(platform, phone)),
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

  const family = await buildFamily(platform, sequence, owner!, districtStaff!, otherCitizen!);
  const clients = { owner, otherCitizen, districtStaff, otherStaff, admin, demotedStaff, forged: await forgedClient(platform), anonymous: undefined, ...family.clients } as World['clients'];
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
    aboutPerson: family.aboutPerson,
    personId: family.personId,
    delegations: family.delegations,
  };
}

/** The scan of a paper delegation, uploaded and checked by district staff on a matter. */
export async function uploadPaper(staff: Client, matterId: string): Promise<string> {
  const bytes = jpegBytes();
  const announced = await staff.call('POST', `/staff/applications/${matterId}/delegation-papers`, { fileName: 'paper.jpg', contentType: 'image/jpeg', size: bytes.length }, { 'idempotency-key': uniqueKey('paper') });
  expect(announced.status, JSON.stringify(announced.body)).toBe(201);
  const put = await fetch(announced.body.upload.url, { method: 'PUT', body: new Uint8Array(bytes), headers: announced.body.upload.headers });
  expect(put.status).toBe(200);
  const confirmed = await staff.call('POST', `/staff/applications/${matterId}/delegation-papers/${announced.body.document.id}/confirm`);
  expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
  return announced.body.document.id;
}

async function buildFamily(platform: Platform, sequence: string, owner: Client, districtStaff: Client, otherCitizen: Client) {
  const idNumber = fictitiousIdNumber('1950-03-03', sequence.slice(-3).padStart(3, '0'));
  const matter = await submitAbout(owner, answersAbout(idNumber, FAMILY_PHONES.subject, '13900000001'));
  const corrected = await districtStaff.call('POST', `/staff/applications/${matter.id}/decisions`, { action: 'requestCorrection', version: matter.version, items: [{ subject: 'photo', note: '照片不清楚' }] });
  expect(corrected.status, JSON.stringify(corrected.body)).toBe(200);
  const paperDocumentId = await uploadPaper(districtStaff, matter.id);
  const detail = (await owner.call('GET', `/applications/${matter.id}`)).body;

  const clients = Object.fromEntries(await Promise.all(FAMILY_ACTORS.map(async (a) => [a, await signIn(platform, FAMILY_PHONES[a])] as const))) as Record<FamilyActor, Client>;
  const { personId } = await linkSelf(platform, clients.subject, FAMILY_PHONES.subject, idNumber, '王建国');
  const ids: Partial<Record<FamilyActor, string>> = {};
  for (const actor of Object.keys(SCOPES_OF) as (keyof typeof SCOPES_OF)[]) {
    ids[actor] = await inviteAndAccept(platform, clients.subject, personId, clients[actor], { delegatePhone: FAMILY_PHONES[actor], scopes: SCOPES_OF[actor] });
  }
  expect((await clients.subject.call('POST', `/delegations/${ids.revokedDelegate}/end`)).status).toBe(200);
  // Its end date reached: as if the days had passed.
  const dynamo = tableClient(platform);
  await dynamo.send(
    new UpdateItemCommand({
      TableName: platform.tableName,
      Key: marshall({ pk: `PERSON#${personKey(idNumber)}`, sk: `DELEGATION#${ids.expiredDelegate}` }),
      UpdateExpression: 'SET endsOn = :today',
      ExpressionAttributeValues: marshall({ ':today': shanghaiDate(new Date()) }),
    }),
  );
  dynamo.destroy();
  const pending = (await invite(platform, clients.subject, personId, { delegatePhone: '13900000002', scopes: ['follow'] })).id;
  const helper = await signIn(platform, '13600000009');
  const toEnd = await inviteAndAccept(platform, clients.subject, personId, helper, { delegatePhone: '13600000009', scopes: ['follow'] });
  void otherCitizen;
  return {
    clients,
    personId,
    aboutPerson: { id: matter.id, version: detail.application.version as number, documentId: (detail.documents as { id: string }[])[0]!.id, reference: matter.reference, idLast6: idNumber.slice(-6), paperDocumentId },
    delegations: { pending, toEnd, follow: ids.delegateFollow! },
  };
}
