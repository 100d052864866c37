/**
 * Family members follow and help with a person's matters, with the person's consent (issue 13): the
 * person links their own account; they invite relatives who accept with a code; what a relative may do
 * follows their scopes and stops on the next request after it ends; every refusal changes nothing and
 * is recorded; what a relative does is recorded as theirs; staff see who may act and record a delegation
 * made on paper at the counter.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UpdateItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { Platform } from '../../local/platform.js';
import { signIn, sinkMessages, startTestPlatform, type Client } from '../support/test-platform.js';
import { uniqueKey, uploadDocument } from '../support/applications.js';
import { fictitiousIdNumber } from '../support/fixtures.js';
import { jpegBytes } from '../support/files.js';
import { itemsOf, tableClient } from '../support/table.js';
import { answersAbout, invite, inviteAndAccept, latestSms, linkSelf, submitAbout } from '../support/family.js';
import { uploadPaper } from '../support/family-world.js';
import { personKey } from '../../functions/matters/subject.js';

let platform: Platform;
let owner: Client;
let staff: Client;
let dynamo: DynamoDBClient;

beforeAll(async () => {
  platform = await startTestPlatform();
  [owner, staff] = await Promise.all([signIn(platform, '13900000001'), signIn(platform, '13800000101')]);
  dynamo = tableClient(platform);
});
afterAll(async () => {
  dynamo?.destroy();
  await platform?.stop();
});

let people = 0;
/** A father with a matter his son filed for him (awaiting corrections), his own account linked, and his phone. */
async function family() {
  people += 1;
  const idNumber = fictitiousIdNumber('1948-04-04', String(200 + people));
  const fatherPhone = `1370000${String(1000 + people * 10)}`;
  const matter = await submitAbout(owner, answersAbout(idNumber, fatherPhone, '13900000001'));
  const corrected = await staff.call('POST', `/staff/applications/${matter.id}/decisions`, { action: 'requestCorrection', version: matter.version, items: [{ subject: 'photo', note: '照片不清楚' }] });
  expect(corrected.status).toBe(200);
  const father = await signIn(platform, fatherPhone);
  const { personId } = await linkSelf(platform, father, fatherPhone, idNumber, '王建国');
  const relative = async (n: number) => {
    const phone = `1370000${String(1000 + people * 10 + n)}`;
    return { phone, client: await signIn(platform, phone) };
  };
  return { idNumber, fatherPhone, matter, father, personId, relative };
}

const personAudit = async (idNumber: string) =>
  (await itemsOfPerson(idNumber)).filter((i) => i.sk.startsWith('AUDIT#')).map((i) => ({ action: i.action as string, detail: i.detail as Record<string, string> | undefined }));

async function itemsOfPerson(idNumber: string) {
  const { QueryCommand } = await import('@aws-sdk/client-dynamodb');
  const result = await dynamo.send(new QueryCommand({ TableName: platform.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: marshall({ ':pk': `PERSON#${personKey(idNumber)}` }), ConsistentRead: true }));
  return (result.Items ?? []).map((i) => unmarshall(i));
}

describe('a person links their own account', () => {
  it('with a code sent to the phone on their matter, and then sees every matter about them, whoever filed it', async () => {
    const { father, matter, personId } = await family();
    const overview = (await father.call('GET', '/people')).body;
    expect(overview.linked).toBe(true);
    const me = overview.people.find((p: { personId: string }) => p.personId === personId);
    expect(me).toMatchObject({ relation: 'self', name: '王建国', idNumberMasked: expect.stringMatching(/^999999\*{8}\d{3}[\dX]$/) });
    expect(me.matters.map((m: { id: string }) => m.id)).toEqual([matter.id]);
    expect(me.matters[0]).toMatchObject({ status: 'awaiting_correction', filedByMe: false, dueOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });

    const read = await father.call('GET', `/applications/${matter.id}`);
    expect(read.status).toBe(200);
    expect(read.body.viewer).toBe('person');
    // The son's number is his: masked for the father, as in every read by someone else.
    expect(read.body.application.answers.agentPhone).toBe('139****0001');
    const audit = (await itemsOf(dynamo, platform, matter.id, 'AUDIT#')).map((i) => unmarshall(i));
    expect(audit.some((a) => a.action === 'viewed' && a.actorRole === 'person' && a.actorUserId !== undefined)).toBe(true);
  });

  it('answers a request the same whether or not the details match, sends a code only when they do, and refuses a minor', async () => {
    const idNumber = fictitiousIdNumber('1949-09-09', '301');
    const phone = '13700009301';
    await submitAbout(owner, answersAbout(idNumber, phone, '13900000001'));
    const someone = await signIn(platform, '13700009302');
    const before = sinkMessages(platform).length;
    const wrongName = await someone.call('POST', '/me/person-link/code', { ownIdNumber: idNumber, ownName: '李四' });
    const unknown = await someone.call('POST', '/me/person-link/code', { ownIdNumber: fictitiousIdNumber('1949-09-09', '302'), ownName: '王建国' });
    expect([wrongName.status, unknown.status]).toEqual([202, 202]);
    expect(wrongName.body).toEqual(unknown.body);
    await platform.drainNotifications();
    expect(sinkMessages(platform).slice(before).filter((m) => m.template === 'linkCode')).toEqual([]);
    expect((await personAudit(idNumber)).map((a) => a.detail?.reason)).toContain('nameMismatch');

    const minor = await someone.call('POST', '/me/person-link/code', { ownIdNumber: fictitiousIdNumber('2015-01-01', '303'), ownName: '王小' });
    expect(minor.status).toBe(400);
    expect(minor.body.errors[0]).toMatchObject({ field: 'ownIdNumber', code: 'error.link.adultsOnly' });
  });

  it('links a person to one account only', async () => {
    const { idNumber, fatherPhone } = await family();
    const other = await signIn(platform, '13700009303');
    await other.call('POST', '/me/person-link/code', { ownIdNumber: idNumber, ownName: '王建国' });
    const code = (await latestSms(platform, fatherPhone, 'linkCode'))!.params.code;
    const second = await other.call('POST', '/me/person-link', { code });
    expect(second.status).toBe(400);
    expect(second.body.errors[0].code).toBe('error.link.personTaken');
  });
});

describe('delegation with consent', () => {
  it('refuses inviting oneself or the person, changes nothing and records the attempt', async () => {
    const { father, personId, idNumber, fatherPhone } = await family();
    const self = await father.call('POST', `/people/${personId}/delegations`, { delegatePhone: fatherPhone, delegateName: '王建国', relationship: 'otherRelative', scopes: ['follow'], agreed: true }, { 'idempotency-key': uniqueKey('i') });
    expect(self.status).toBe(400);
    expect(self.body.errors[0]).toMatchObject({ field: 'delegatePhone', code: 'error.delegation.self' });
    expect((await itemsOfPerson(idNumber)).filter((i) => i.sk.startsWith('DELEGATION#'))).toEqual([]);
    expect((await personAudit(idNumber)).find((a) => a.action === 'inviteRefused')?.detail?.reason).toBe('self');
  });

  it('lets a number be invited only a few times a day, however many invitations arrive at once', async () => {
    const { father, personId, idNumber } = await family();
    const body = { delegatePhone: '13700009401', delegateName: '李娜', relationship: 'daughter', scopes: ['follow'], agreed: true };
    const answers = await Promise.all(Array.from({ length: 20 }, () => father.call('POST', `/people/${personId}/delegations`, body, { 'idempotency-key': uniqueKey('burst') })));
    const statuses = answers.map((a) => a.status).sort();
    // Three get past the limit; of those sent at the same moment one takes the number's place, the others are told to look again.
    expect(statuses.filter((s) => s === 429)).toHaveLength(17);
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(1);
    expect(statuses.filter((s) => s !== 429 && s !== 201).every((s) => s === 409)).toBe(true);
    const limited = answers.find((a) => a.status === 429)!;
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // Each new invitation replaced the one before: one is left waiting, and only its code works.
    const waiting = (await itemsOfPerson(idNumber)).filter((i) => i.sk.startsWith('DELEGATION#') && i.status === 'invited');
    expect(waiting).toHaveLength(1);
    expect((await personAudit(idNumber)).filter((a) => a.action === 'inviteRefused' && a.detail?.reason === 'rateLimited')).toHaveLength(17);
  });

  it('refuses an expired invitation, an invitation to someone else, and a helper passing their help on', async () => {
    const { father, personId, idNumber, relative } = await family();
    const daughter = await relative(1);
    const { id, code } = await invite(platform, father, personId, { delegatePhone: daughter.phone, scopes: ['follow', 'act'] });
    const stranger = await signIn(platform, '13700009501');
    expect((await stranger.call('POST', `/delegations/${id}/accept`, { code })).status).toBe(404);

    await dynamo.send(
      new UpdateItemCommand({
        TableName: platform.tableName,
        Key: marshall({ pk: `PERSON#${personKey(idNumber)}`, sk: `DELEGATION#${id}` }),
        UpdateExpression: 'SET inviteExpiresAt = :past',
        ExpressionAttributeValues: marshall({ ':past': '2020-01-01T00:00:00.000Z' }),
      }),
    );
    const late = await daughter.client.call('POST', `/delegations/${id}/accept`, { code });
    expect(late.status).toBe(400);
    expect(late.body.errors[0].code).toBe('error.invitation.expired');
    expect((await personAudit(idNumber)).filter((a) => a.action === 'acceptRefused').map((a) => a.detail?.reason).sort()).toEqual(['expired', 'notTheirs']);

    const accepted = await inviteAndAccept(platform, father, personId, daughter.client, { delegatePhone: daughter.phone, scopes: ['follow', 'act'] });
    expect(accepted).toMatch(/^[0-9A-Z]{26}$/);
    const further = await daughter.client.call('POST', `/people/${personId}/delegations`, { delegatePhone: '13700009502', delegateName: '李强', relationship: 'son', scopes: ['follow'], agreed: true }, { 'idempotency-key': uniqueKey('i') });
    expect(further.status).toBe(403);
    expect(further.body.detail).toContain('不能再邀请');
    expect((await personAudit(idNumber)).some((a) => a.action === 'inviteRefused' && a.detail?.reason === 'delegateCannotInvite')).toBe(true);
  });

  it('records what a relative who acts does as theirs, and tells one who only follows that they may not act', async () => {
    const { father, personId, matter, relative } = await family();
    const [daughter, son] = await Promise.all([relative(1), relative(2)]);
    await inviteAndAccept(platform, father, personId, daughter.client, { delegatePhone: daughter.phone, delegateName: '李娜', relationship: 'daughter', scopes: ['follow', 'act'] });
    await inviteAndAccept(platform, father, personId, son.client, { delegatePhone: son.phone, delegateName: '王强', relationship: 'son', scopes: ['follow'] });

    const refused = await son.client.call('POST', `/applications/${matter.id}/documents`, { kind: 'photo', fileName: 'p.jpg', contentType: 'image/jpeg', size: 100 }, { 'idempotency-key': uniqueKey('doc') });
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toContain('只能查看');

    expect((await uploadDocument(daughter.client, matter.id, 'photo', jpegBytes(), 'image/jpeg')).status).toBe(200);
    const current = (await daughter.client.call('GET', `/applications/${matter.id}`)).body;
    expect(current.viewer).toBe('delegate');
    expect(current.actions).toContain('resubmit');
    const resubmitted = await daughter.client.call('POST', `/applications/${matter.id}/resubmit`, { version: current.application.version }, { 'idempotency-key': uniqueKey('re') });
    expect(resubmitted.status, JSON.stringify(resubmitted.body)).toBe(200);

    const timeline = (await itemsOf(dynamo, platform, matter.id, 'TL#')).map((i) => unmarshall(i));
    const byHer = timeline.filter((e) => e.actor === 'delegate');
    expect(byHer.map((e) => e.event)).toEqual(['documentReceived', 'resubmitted']);
    expect(byHer.every((e) => e.actorName === '李娜' && e.actorRelationship === 'daughter')).toBe(true);
    const audit = (await itemsOf(dynamo, platform, matter.id, 'AUDIT#')).map((i) => unmarshall(i));
    expect(audit.filter((a) => a.actorName === '李娜 (daughter)').map((a) => a.action)).toEqual(expect.arrayContaining(['documentReceived', 'resubmitted']));
  });

  it('stops working on the very next request once either side ends it, and records the attempt', async () => {
    const { father, personId, matter, relative } = await family();
    const daughter = await relative(1);
    const id = await inviteAndAccept(platform, father, personId, daughter.client, { delegatePhone: daughter.phone, scopes: ['follow', 'act', 'receive'] });
    expect((await daughter.client.call('GET', `/applications/${matter.id}`)).status).toBe(200);
    expect((await daughter.client.call('GET', '/people')).body.people.map((p: { personId: string }) => p.personId)).toContain(personId);

    const ended = await father.call('POST', `/delegations/${id}/end`);
    expect(ended.body.delegation).toMatchObject({ state: 'ended', reason: 'ended' });
    expect((await daughter.client.call('GET', `/applications/${matter.id}`)).status).toBe(404);
    expect((await daughter.client.call('POST', `/applications/${matter.id}/resubmit`, { version: 1 }, { 'idempotency-key': uniqueKey('re') })).status).toBe(404);
    expect((await daughter.client.call('GET', '/people')).body.people).toEqual([]);
    const refusals = (await itemsOf(dynamo, platform, matter.id, 'AUDIT#')).map((i) => unmarshall(i)).filter((a) => a.action === 'refusedFormerDelegate');
    expect(refusals).toHaveLength(2);
    expect(refusals[0]).toMatchObject({ actorRole: 'delegate', detail: { delegationId: id, reason: 'ended' } });
    expect(await latestSms(platform, daughter.phone, 'delegationEnded')).toBeDefined();
  });

  it('ends a help the relative ends themselves, and a declined invitation', async () => {
    const { father, personId, relative } = await family();
    const [daughter, son] = await Promise.all([relative(1), relative(2)]);
    const id = await inviteAndAccept(platform, father, personId, daughter.client, { delegatePhone: daughter.phone, scopes: ['follow'] });
    expect((await daughter.client.call('POST', `/delegations/${id}/end`)).body.delegation).toMatchObject({ state: 'ended', reason: 'ended' });
    const { id: invitation } = await invite(platform, father, personId, { delegatePhone: son.phone, scopes: ['follow'] });
    expect((await son.client.call('GET', '/people')).body.invitations.map((i: { id: string }) => i.id)).toEqual([invitation]);
    expect((await son.client.call('POST', `/delegations/${invitation}/end`)).body.delegation).toMatchObject({ state: 'ended', reason: 'declined' });
    expect((await son.client.call('GET', '/people')).body.invitations).toEqual([]);
  });
});

describe('at the counter', () => {
  it('staff see who may act for the person and record a delegation signed on paper, with its scan', async () => {
    const { matter, personId, father, relative } = await family();
    const daughter = await relative(1);
    await inviteAndAccept(platform, father, personId, daughter.client, { delegatePhone: daughter.phone, scopes: ['follow', 'receive'] });

    const noScan = await staff.call('POST', `/staff/applications/${matter.id}/delegations`, { delegatePhone: '13700009601', delegateName: '王强', relationship: 'son', scopes: ['follow'], grantorKind: 'person', grantorName: '王建国', documentId: matter.id }, { 'idempotency-key': uniqueKey('c') });
    expect(noScan.status).toBe(400);
    expect(noScan.body.errors[0].code).toBe('error.delegation.paperMissing');

    const documentId = await uploadPaper(staff, matter.id);
    const recorded = await staff.call('POST', `/staff/applications/${matter.id}/delegations`, { delegatePhone: '13700009601', delegateName: '王强', relationship: 'son', scopes: ['follow'], grantorKind: 'person', grantorName: '王建国', documentId }, { 'idempotency-key': uniqueKey('c') });
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(201);
    expect(recorded.body.delegation).toMatchObject({ state: 'active', source: 'counter', phoneMasked: '137****9601' });
    expect(await latestSms(platform, '13700009601', 'delegationRecorded')).toBeDefined();

    const view = (await staff.call('GET', `/staff/applications/${matter.id}`)).body;
    expect(view.helpers.personLinked).toBe(true);
    expect(view.helpers.delegations.map((d: { delegateName: string; phoneMasked: string; state: string }) => [d.delegateName, d.phoneMasked, d.state])).toEqual([
      ['王强', '137****9601', 'active'],
      ['李娜', `${daughter.phone.slice(0, 3)}****${daughter.phone.slice(-4)}`, 'active'],
    ]);
    expect(JSON.stringify(view.helpers)).not.toContain(daughter.phone);
    expect(view.audit.some((a: { action: string; actorRole: string }) => a.action === 'delegationRecorded' && a.actorRole === 'staff')).toBe(true);

    const son = await signIn(platform, '13700009601');
    expect((await son.call('GET', `/applications/${matter.id}`)).status).toBe(200);
  });
});

describe('when a minor turns 18', () => {
  it('the help their guardian gave ends on the birthday, those concerned are told, and it lasts only if the now-adult person confirms it', async () => {
    const { dynamoDelegationStore } = await import('../../functions/adapters/delegation-store.js');
    const { dynamoPersonStore } = await import('../../functions/adapters/person-store.js');
    const { dynamoOutbox } = await import('../../functions/adapters/notice-store.js');
    const { dynamoMatterStore } = await import('../../functions/adapters/matter-store.js');
    const { dynamoUserStore } = await import('../../functions/adapters/user-store.js');
    const { dynamoCodeStore } = await import('../../functions/adapters/code-store.js');
    const { dynamoRateCounter } = await import('../../functions/adapters/rate-counter.js');
    const { endDueDelegations } = await import('../../functions/family/endings.js');
    const { confirm } = await import('../../functions/family/invitations.js');
    const { addMonths, shanghaiDate } = await import('../../functions/domain/time.js');
    const { ulid } = await import('ulid');

    // A girl who turns 18 in ten days.
    const birthday = shanghaiDate(new Date(Date.now() + 10 * 24 * 3600 * 1000));
    const birthDate = addMonths(birthday, -18 * 12);
    const idNumber = fictitiousIdNumber(birthDate, '801');
    const guardian = await signIn(platform, '13700008001');
    const matter = await submitAbout(guardian, answersAbout(idNumber, '13700008002', '13700008001', { actingAs: 'guardian', relationship: 'parent', isMinor: true, personName: '王小红' }));
    expect((await staff.call('POST', `/staff/applications/${matter.id}/decisions`, { action: 'accept', version: matter.version })).status).toBe(200);
    const card = (await guardian.call('GET', '/people')).body.people.find((p: { relation: string }) => p.relation === 'guardian');
    expect(card).toMatchObject({ name: '王小红', matters: [expect.objectContaining({ id: matter.id })] });

    const aunt = await signIn(platform, '13700008003');
    const id = await inviteAndAccept(platform, guardian, card.personId, aunt, { delegatePhone: '13700008003', delegateName: '王梅', relationship: 'otherRelative', scopes: ['follow', 'receive'] });
    const view = (await guardian.call('GET', '/people')).body.people.find((p: { personId: string }) => p.personId === card.personId).helpers.delegations[0];
    expect(view).toMatchObject({ id, comesOfAgeOn: birthday, state: 'active' });
    expect((await aunt.call('GET', `/applications/${matter.id}`)).status).toBe(200);

    let clock = new Date(`${birthday}T09:00:00+08:00`);
    const deps = {
      delegations: dynamoDelegationStore(dynamo, platform.tableName),
      persons: dynamoPersonStore(dynamo, platform.tableName),
      outbox: dynamoOutbox(dynamo, platform.tableName),
      matters: dynamoMatterStore(dynamo, platform.tableName),
      users: dynamoUserStore(dynamo, platform.tableName),
      codes: dynamoCodeStore(dynamo, platform.tableName),
      rates: dynamoRateCounter(dynamo, platform.tableName),
      now: () => clock,
      newId: () => ulid(),
      limits: { invitesPerAccountPerDay: 10, invitesPerPhonePerDay: 3, inviteValidDays: 7, maxAttempts: 5 },
    };
    expect(await endDueDelegations(deps)).toBe(1);
    expect(await endDueDelegations(deps)).toBe(0);
    const ended = await deps.delegations.get(id);
    expect(ended).toMatchObject({ status: 'ended', endReason: 'cameOfAge', awaitingConfirmation: true, endedBy: 'system' });
    await platform.drainNotifications();
    for (const client of [aunt, guardian]) {
      expect((await client.call('GET', '/notices')).body.notices.map((n: { type: string }) => n.type)).toContain('family.cameOfAge');
    }
    // Written down as ended: the aunt's next request is refused, on today's clock too.
    expect((await aunt.call('GET', `/applications/${matter.id}`)).status).toBe(404);

    // The now-adult person links their own account (on their birthday they may) and confirms.
    const grown = await signIn(platform, '13700008002');
    expect(await deps.persons.link({ userId: (await grown.call('GET', '/me')).body.profile.userId, personKey: personKey(idNumber), linkedAt: clock.toISOString() })).toBe(true);
    clock = new Date(`${birthday}T10:00:00+08:00`);
    const caller = { userId: (await grown.call('GET', '/me')).body.profile.userId, phone: '13700008002', roles: ['citizen' as const] };
    const confirmed = await confirm(deps, caller, id);
    expect(confirmed).toMatchObject({ status: 'active', grantor: { kind: 'person' } });
    expect(confirmed.comesOfAgeOn).toBeUndefined();
    expect((await aunt.call('GET', `/applications/${matter.id}`)).status).toBe(200);
  });
});
