/**
 * Messages that reach the right people (issue 13 §3): each step goes to the account that filed the
 * matter, the person's own linked account and every relative who may receive messages — once each per
 * channel, whoever they are to the matter, however often the stream delivers the event — and to nobody
 * who only follows or whose help has ended. E-mail goes to an address verified by its link.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Platform } from '../../local/platform.js';
import { signIn, sinkMessages, startTestPlatform, type Client } from '../support/test-platform.js';
import { completeSelfAnswers, uniqueKey } from '../support/applications.js';
import { fictitiousIdNumber } from '../support/fixtures.js';
import { answersAbout, inviteAndAccept, linkSelf, readyToSubmitFor, submitAbout } from '../support/family.js';

let platform: Platform;
let owner: Client;
let staff: Client;

beforeAll(async () => {
  platform = await startTestPlatform();
  [owner, staff] = await Promise.all([signIn(platform, '13900000001'), signIn(platform, '13800000101')]);
});
afterAll(async () => platform?.stop());

interface SinkLine {
  channel?: string;
  to: string;
  template?: string;
  dedupeKey: string;
  subject?: string;
  text: string;
}
const sink = () => sinkMessages(platform) as unknown as SinkLine[];
/** Messages of one event, counted by address and channel. */
function countsOf(eventId: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const m of sink().filter((line) => line.dedupeKey.startsWith(`${eventId}:`))) {
    const key = `${m.channel ?? 'sms'}:${m.to}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

async function verifyEmail(client: Client, address: string) {
  expect((await client.call('POST', '/me/email', { email: address })).status).toBe(202);
  await platform.drainNotifications();
  const mail = sink().filter((m) => m.channel === 'email' && m.to === address).pop();
  const token = /#([\w-]{43})/.exec(mail!.text)![1]!;
  expect((await client.call('POST', '/email-verifications', { token })).status).toBe(200);
  // A link works once.
  expect((await client.call('POST', '/email-verifications', { token })).status).toBe(400);
}

describe('each step', () => {
  it('reaches the filer, the person and every relative who receives messages once per channel, and nobody else', async () => {
    const idNumber = fictitiousIdNumber('1947-07-07', '501');
    const phones = { father: '13700005001', daughter: '13700005002', son: '13700005003', niece: '13700005004', former: '13700005005' };
    const matter = await submitAbout(owner, answersAbout(idNumber, phones.father, '13900000001'));
    const [father, daughter, son, niece, former] = await Promise.all(Object.values(phones).map((p) => signIn(platform, p)));
    const { personId } = await linkSelf(platform, father!, phones.father, idNumber, '王建国');
    await inviteAndAccept(platform, father!, personId, daughter!, { delegatePhone: phones.daughter, scopes: ['follow', 'act', 'receive'] });
    await inviteAndAccept(platform, father!, personId, son!, { delegatePhone: phones.son, delegateName: '王强', relationship: 'son', scopes: ['follow'] });
    await inviteAndAccept(platform, father!, personId, niece!, { delegatePhone: phones.niece, delegateName: '王芳', relationship: 'otherRelative', scopes: ['receive'] });
    const ended = await inviteAndAccept(platform, father!, personId, former!, { delegatePhone: phones.former, delegateName: '赵六', relationship: 'friend', scopes: ['follow', 'receive'] });
    expect((await father!.call('POST', `/delegations/${ended}/end`)).status).toBe(200);
    // The niece lives abroad: she wants e-mail as well.
    await verifyEmail(niece!, 'niece@example.com');
    expect((await niece!.call('PUT', '/me/channels', { sms: true, email: true })).status).toBe(200);

    const step = await staff.call('POST', `/staff/applications/${matter.id}/decisions`, { action: 'requestCorrection', version: matter.version, items: [{ subject: 'photo', note: '照片不清楚' }] });
    expect(step.status).toBe(200);
    await platform.drainNotifications();
    const notices = async (client: Client) => (await client.call('GET', '/notices')).body.notices.filter((n: { applicationId: string; type: string }) => n.applicationId === matter.id && n.type === 'requestCorrection');
    const [ownerNotice] = await notices(owner);
    const eventId = ownerNotice.id as string;

    const expected = {
      'sms:13900000001': 1,
      [`sms:${phones.father}`]: 1,
      [`sms:${phones.daughter}`]: 1,
      [`sms:${phones.niece}`]: 1,
      'email:niece@example.com': 1,
    };
    expect(countsOf(eventId)).toEqual(expected);
    expect((await notices(father!)).length).toBe(1);
    expect((await notices(daughter!))[0]).toMatchObject({ about: '王建国' });
    expect((await notices(niece!))[0]).toMatchObject({ about: '王建国', noLink: true });
    expect(await notices(son!)).toEqual([]);
    expect(await notices(former!)).toEqual([]);

    // The stream may deliver the same event again: nobody gets anything twice.
    const { outboxOf, tableClient } = await import('../support/table.js');
    const dynamo = tableClient(platform);
    const { handler } = await import('../../functions/notifications/stream-handler.js');
    const { unmarshall } = await import('@aws-sdk/util-dynamodb');
    const items = (await outboxOf(dynamo, platform, matter.id)).filter((i) => unmarshall(i).id === eventId);
    dynamo.destroy();
    const record = { eventName: 'INSERT' as const, dynamodb: { NewImage: items[0] as never, SequenceNumber: '1' } };
    expect((await handler({ Records: [record, record] })).batchItemFailures).toEqual([]);
    expect(countsOf(eventId)).toEqual(expected);
  });

  it('reaches a person who filed for themselves and linked their account once, not twice', async () => {
    const idNumber = fictitiousIdNumber('1946-06-06', '502');
    const phone = '13700005101';
    const self = await signIn(platform, phone);
    const draft = await readyToSubmitFor(self, { ...completeSelfAnswers, personIdNumber: idNumber, personPhone: phone, personName: '刘洋' });
    const submitted = await self.call('POST', `/applications/${draft.id}/submit`, { version: draft.version }, { 'idempotency-key': uniqueKey('s') });
    expect(submitted.status).toBe(201);
    await linkSelf(platform, self, phone, idNumber, '刘洋');
    const accepted = await staff.call('POST', `/staff/applications/${draft.id}/decisions`, { action: 'accept', version: submitted.body.receipt.version });
    expect(accepted.status).toBe(200);
    await platform.drainNotifications();
    const accept = sink().filter((m) => m.to === phone && m.template === 'accept');
    expect(accept).toHaveLength(1);
  });

  it('sends no SMS to someone who switched SMS off, and keeps the in-app notice', async () => {
    const idNumber = fictitiousIdNumber('1945-05-05', '503');
    const phone = '13700005201';
    const matter = await submitAbout(owner, answersAbout(idNumber, phone, '13900000001'));
    const father = await signIn(platform, phone);
    await linkSelf(platform, father, phone, idNumber, '王建国');
    expect((await father.call('PUT', '/me/channels', { sms: false, email: false })).status).toBe(200);
    // E-mail cannot be chosen before an address is verified.
    const early = await father.call('PUT', '/me/channels', { sms: false, email: true });
    expect(early.status).toBe(400);
    expect(early.body.errors[0].code).toBe('error.email.notVerified');
    await staff.call('POST', `/staff/applications/${matter.id}/decisions`, { action: 'accept', version: matter.version });
    await platform.drainNotifications();
    expect(sink().filter((m) => m.to === phone && m.template === 'accept')).toEqual([]);
    expect((await father.call('GET', '/notices')).body.notices.filter((n: { applicationId: string }) => n.applicationId === matter.id)).toHaveLength(1);
  });
});
