/** The family of the test world (world.ts): a father's matter filed by the owner, his linked account, his relatives. */
import { expect } from 'vitest';
import { UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { Platform } from '../../local/platform.js';
import { signIn, type Client } from './test-platform.js';
import { uniqueKey } from './applications.js';
import { fictitiousIdNumber } from './fixtures.js';
import { jpegBytes } from './files.js';
import { tableClient } from './table.js';
import { answersAbout, invite, inviteAndAccept, linkSelf, submitAbout } from './family.js';
import { personKey } from '../../functions/matters/subject.js';
import { shanghaiDate } from '../../functions/domain/time.js';

export const FAMILY_ACTORS = ['subject', 'delegateFollow', 'delegateAct', 'delegateReceive', 'revokedDelegate', 'expiredDelegate'] as const;
export type FamilyActor = (typeof FAMILY_ACTORS)[number];

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

export async function buildFamily(platform: Platform, sequence: string, owner: Client, districtStaff: Client, otherCitizen: Client) {
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
