/**
 * Benefits where the card is not the whole story, through the gateway against DynamoDB Local: a child
 * with a hospital diagnosis and no card applies for rehabilitation through a guardian (domain.md §6);
 * an objection received during a benefit's public notice; what a reviewer, the person's list and a
 * relative who follows the person's matters are shown.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import type { Platform } from '../../local/platform.js';
import { localRegisters } from '../../functions/adapters/partner-registers.js';
import { signIn, sinkMessages, startTestPlatform, type Client } from '../support/test-platform.js';
import { itemsOf, tableClient } from '../support/table.js';
import { GOOD_CARD, idem, livingSubsidySent, startBenefit } from '../support/benefits.js';
import { uploadDocument } from '../support/applications.js';
import { fictitiousIdNumber } from '../support/fixtures.js';
import { jpegBytes, pdfBytes } from '../support/files.js';
import { inviteAndAccept, linkSelf } from '../support/family.js';

let platform: Platform;
const reviewer: Record<string, Client> = {};

beforeAll(async () => {
  platform = await startTestPlatform();
  const phones = { township: '13800000211', federation: '13800000212', civilAffairs: '13800000213' };
  for (const [stage, phone] of Object.entries(phones)) reviewer[stage] = await signIn(platform, phone);
});
afterAll(async () => platform?.stop());

async function decide(stage: string, id: string, body: Record<string, unknown>) {
  const view = await reviewer[stage]!.call('GET', `/reviews/${id}`);
  expect(view.status, JSON.stringify(view.body)).toBe(200);
  const answer = await reviewer[stage]!.call('POST', `/reviews/${id}/decisions`, { ...body, version: view.body.application.version });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body.application as { status: string; version: number };
}

async function hukouIn(idNumber: string, name: string, districtCode: string) {
  const dynamo = tableClient(platform);
  await localRegisters(dynamo, platform.tableName).put({ register: 'hukou', mode: 'answers', answer: { districtCode }, idNumber, name, updatedAt: new Date().toISOString() });
  dynamo.destroy();
}

async function save(client: Client, id: string, body: Record<string, unknown>) {
  const current = await client.call('GET', `/benefit-applications/${id}`);
  const saved = await client.call('PUT', `/benefit-applications/${id}`, { version: current.body.application.version, ...body });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  return saved.body;
}

const submit = (client: Client, id: string, version: number) => client.call('POST', `/applications/${id}/submit`, { version }, idem('submit'));

/** A guardian with no card of their own starts child rehabilitation for their district, as the check's Apply does. */
async function childDraft(phone: string) {
  const guardian = await signIn(platform, phone);
  const started = await startBenefit(guardian, { benefitId: 'child-rehabilitation', districtCode: '430105' });
  expect(started.status, JSON.stringify(started.body)).toBe(201);
  return { guardian, id: started.body.application.id as string, view: started.body };
}

describe('a child with a diagnosis and no card', () => {
  it('the guardian applies online: types the child in, uploads the diagnosis, the hukou register confirms the rest; two reviews; the institution is paid', async () => {
    const { guardian, id, view } = await childDraft('13700001311');
    expect(view.application).not.toHaveProperty('certificateNumber');
    expect(view.application.answers).toEqual({ actingAs: 'guardian' });
    expect(view.benefit).toMatchObject({ diagnosisInstead: true, guardianApplies: true, paidTo: 'provider' });
    expect(view.materials.map((m: { kind: string; status: string }) => [m.kind, m.status])).toEqual([['diagnosis', 'needed'], ['guardianProof', 'needed'], ['hukouPage', 'needed']]);

    // Consent to a register this benefit does not ask is refused: nobody is looked up through it.
    const otherRegister = await startBenefit(guardian, { benefitId: 'child-rehabilitation', districtCode: '430105', consents: ['civilAffairs'] });
    expect(otherRegister.status).toBe(400);
    expect(otherRegister.body.errors.map((e: { field: string }) => e.field)).toEqual(['consents']);
    // A card-only benefit cannot be started without a card.
    const living = await startBenefit(guardian, { benefitId: 'living-subsidy', districtCode: '430105' });
    expect(living.status).toBe(400);
    expect(living.body.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([['certificateNumber', 'error.required']]);

    const child = fictitiousIdNumber('2022-05-01', '311');
    await hukouIn(child, '林小禾', '430105');
    // A mistyped check character is refused with the field named; nothing is saved.
    const typo = await guardian.call('PUT', `/benefit-applications/${id}`, { version: view.application.version, answers: { personIdNumber: `${child.slice(0, 17)}${child.endsWith('0') ? '1' : '0'}` } });
    expect(typo.status).toBe(400);
    expect(typo.body.errors.map((e: { field: string }) => e.field)).toEqual(['answers.personIdNumber']);

    const institution = view.benefit.institutions[0].id as string;
    const answers = { personName: '林小禾', personIdNumber: child, agentName: '林芳', hasDiagnosis: true, institutionId: institution, declaration: true };
    const saved = await save(guardian, id, { answers, consents: ['hukou'] });
    expect(saved.application.lookups.hukou).toMatchObject({ outcome: 'answered', facts: { districtCode: '430105' } });
    expect(saved.materials.map((m: { kind: string; status: string }) => [m.kind, m.status])).toEqual([['diagnosis', 'needed'], ['guardianProof', 'needed'], ['hukouPage', 'confirmed']]);
    expect(saved.eligibility.outcome).toBe('likely');

    const early = await submit(guardian, id, saved.application.version);
    expect(early.status).toBe(400);
    expect(early.body.errors.map((e: { field: string }) => e.field)).toEqual(['documents.diagnosis', 'documents.guardianProof']);
    expect((await uploadDocument(guardian, id, 'diagnosis', pdfBytes(), 'application/pdf')).status).toBe(200);
    expect((await uploadDocument(guardian, id, 'guardianProof', jpegBytes(), 'image/jpeg')).status).toBe(200);
    const receipt = await submit(guardian, id, saved.application.version);
    expect(receipt.status, JSON.stringify(receipt.body)).toBe(201);
    expect(receipt.body.receipt.status).toBe('township_review');

    // The reviewer reads that there is no card and that a diagnosis stands in, with the ID number masked.
    const seen = await reviewer.township!.call('GET', `/reviews/${id}`);
    expect(seen.body.application.answers).toMatchObject({ hasDiagnosis: true, personName: '林小禾' });
    expect(JSON.stringify(seen.body)).not.toContain(child);
    // Once sent, the application stays about this child: asked to correct it, the guardian cannot make it another's.
    expect((await decide('township', id, { action: 'requestCorrection', items: [{ subject: 'answers', note: '请核对机构' }] })).status).toBe('awaiting_correction');
    const sibling = fictitiousIdNumber('2021-02-02', '314');
    const current = await guardian.call('GET', `/benefit-applications/${id}`);
    const swapped = await guardian.call('PUT', `/benefit-applications/${id}`, { version: current.body.application.version, answers: { personIdNumber: sibling } });
    expect(swapped.status).toBe(400);
    expect(swapped.body.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([['answers.personIdNumber', 'error.benefit.personSent']]);
    const corrected = await save(guardian, id, { answers: { institutionId: view.benefit.institutions[1].id } });
    expect((await guardian.call('POST', `/applications/${id}/resubmit`, { version: corrected.application.version }, idem('resubmit'))).status).toBe(200);
    expect((await decide('township', id, { action: 'passTownship' })).status).toBe('federation_review');
    expect((await decide('federation', id, { action: 'passFederation', note: '诊断证明有效' })).status).toBe('approved');

    const approved = await guardian.call('GET', `/benefit-applications/${id}`);
    expect(approved.body.application.decision.payment).toMatchObject({ yuan: 14000, per: 'year', upTo: true, to: 'provider' });
    const listed = (await guardian.call('GET', '/applications')).body.applications.find((a: { id: string }) => a.id === id);
    expect(listed).toMatchObject({ benefitId: 'child-rehabilitation', benefitName: { 'zh-CN': '残疾儿童康复救助', en: 'Rehabilitation support for disabled children' }, personName: '林小禾' });
    expect(JSON.stringify(listed)).not.toContain(child);
  });

  it('no diagnosis, or a child past the age: refused with the reason in plain words, nothing held', async () => {
    const { guardian, id } = await childDraft('13700001312');
    const child = fictitiousIdNumber('2023-01-09', '312');
    await hukouIn(child, '陈小北', '430105');
    const base = { personName: '陈小北', personIdNumber: child, agentName: '陈刚', institutionId: 'kf-rehab-1', declaration: true };
    const saved = await save(guardian, id, { answers: { ...base, hasDiagnosis: false }, consents: ['hukou'] });
    const refused = await submit(guardian, id, saved.application.version);
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].detail).toMatch(/诊断证明|残疾人证/);
    const english = await guardian.call('POST', `/applications/${id}/submit`, { version: saved.application.version }, { ...idem('submit'), 'accept-language': 'en' });
    expect(english.body.errors[0].detail).toMatch(/diagnosis|certificate/);

    const older = fictitiousIdNumber('2015-03-03', '313');
    await hukouIn(older, '陈小北', '430103');
    const aged = await save(guardian, id, { answers: { ...base, personIdNumber: older, hasDiagnosis: true } });
    // A different child typed in: the hukou register is asked again about that child, not kept from the first.
    expect(aged.application.lookups.hukou).toMatchObject({ outcome: 'answered', facts: { districtCode: '430103' } });
    const lookups = (await itemsOf(tableClient(platform), platform, id, 'AUDIT#')).filter((a) => a.action?.S === 'registerLookup');
    expect(lookups).toHaveLength(2);
    const tooOld = await submit(guardian, id, aged.application.version);
    expect(tooOld.status).toBe(400);
    expect(tooOld.body.errors.map((e: { detail: string }) => e.detail).join(' ')).toMatch(/0.*6/);
    const stored = await guardian.call('GET', `/benefit-applications/${id}`);
    expect(stored.body.application.status).toBe('draft');
  });
  it('lookups about children typed in are limited per account and day: enough for typing slips, too few to probe the registers', async () => {
    const { guardian, id } = await childDraft('13700001313');
    const base = { personName: '周小安', agentName: '周敏', hasDiagnosis: true, institutionId: 'kf-rehab-1' };
    let last = await save(guardian, id, { answers: { ...base, personIdNumber: fictitiousIdNumber('2022-01-01', '320') }, consents: ['hukou'] });
    for (let n = 1; n < 5; n++) last = await save(guardian, id, { answers: { ...base, personIdNumber: fictitiousIdNumber('2022-01-01', String(320 + n)) } });
    const sixth = await guardian.call('PUT', `/benefit-applications/${id}`, { version: last.application.version, answers: { ...base, personIdNumber: fictitiousIdNumber('2022-01-01', '329') } });
    expect(sixth.status).toBe(429);
    expect(sixth.headers.get('content-type')).toContain('application/problem+json');
    expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThan(0);
    const kept = await guardian.call('GET', `/benefit-applications/${id}`);
    expect(kept.body.application).toMatchObject({ version: last.application.version, answers: { personIdNumber: fictitiousIdNumber('2022-01-01', '324') } });
    const lookups = (await itemsOf(tableClient(platform), platform, id, 'AUDIT#')).filter((a) => a.action?.S === 'registerLookup');
    expect(lookups).toHaveLength(5);
  });
});

describe('an objection during a benefit’s public notice', () => {
  it('civil affairs records it, the applicant is told (not its words), and once it is checked the published notice runs to its end and the decision follows', async () => {
    const { holder: person, id, reference } = await livingSubsidySent(platform, { phone: '13700001321', name: '邓桂兰', birthDate: '1959-09-09' });
    await decide('township', id, { action: 'passTownship' });
    await decide('federation', id, { action: 'passFederation' });
    expect((await decide('civilAffairs', id, { action: 'passCivilAffairs', incomeChecked: true })).status).toBe('public_notice');

    // The reviewer sees the card number masked too: it holds the whole ID number.
    const during = await reviewer.civilAffairs!.call('GET', `/reviews/${id}`);
    expect(during.body.actions.sort()).toEqual(['endNotice', 'recordObjection', 'refuseCivilAffairs']);
    expect(JSON.stringify(during.body)).not.toContain(person.idNumber);
    const empty = await reviewer.civilAffairs!.call('POST', `/reviews/${id}/decisions`, { action: 'recordObjection', version: during.body.application.version, note: '  ' });
    expect(empty.status).toBe(400);
    expect(empty.body.errors.map((e: { field: string }) => e.field)).toEqual(['note']);
    // The notice has not run its course: it cannot be ended yet.
    const tooSoon = await reviewer.civilAffairs!.call('POST', `/reviews/${id}/decisions`, { action: 'endNotice', version: during.body.application.version });
    expect(tooSoon.status).toBe(400);

    const objected = await decide('civilAffairs', id, { action: 'recordObjection', note: '12月3日社区电话反映：申请人家中有经营收入' });
    expect(objected.status).toBe('civil_affairs_review');
    await platform.drainNotifications();
    const told = sinkMessages(platform).filter((m) => m.to === '13700001321' && m.template === 'recordObjection');
    expect(told).toHaveLength(1);
    expect(told[0]!.text).toContain(reference);
    expect(told[0]!.text).not.toContain('undefined');

    const reread = await reviewer.civilAffairs!.call('GET', `/reviews/${id}`);
    expect(reread.body.application.notice.objections.map((o: { note: string }) => o.note)).toEqual(['12月3日社区电话反映：申请人家中有经营收入']);
    expect(reread.body.actions.sort()).toEqual(['passCivilAffairs', 'refuseCivilAffairs']);
    // The applicant learns that an objection came, not its words (they may name whoever objected).
    const own = await person.client.call('GET', `/benefit-applications/${id}`);
    expect(own.body.application.notice.objections).toEqual([{ at: expect.any(String), note: '' }]);
    expect(JSON.stringify(own.body)).not.toContain('经营收入');
    // Checked and found groundless: the notice already published runs on to its end (no second one), then the decision.
    const resumed = await decide('civilAffairs', id, { action: 'passCivilAffairs', incomeChecked: true, note: '核实收入，异议不成立' });
    expect(resumed.status).toBe('public_notice');
    const during2 = await reviewer.civilAffairs!.call('GET', `/reviews/${id}`);
    expect(during2.body.application.notice).toMatchObject({ startsOn: during.body.application.notice.startsOn, endsOn: during.body.application.notice.endsOn });
    const dynamo = tableClient(platform);
    await dynamo.send(new UpdateItemCommand({ TableName: platform.tableName, Key: { pk: { S: `APP#${id}` }, sk: { S: 'META' } }, UpdateExpression: 'SET notice.endsOn = :past', ExpressionAttributeValues: { ':past': { S: '2000-01-01' } } }));
    dynamo.destroy();
    expect((await decide('civilAffairs', id, { action: 'endNotice' })).status).toBe('approved');
    const timeline = (await person.client.call('GET', `/benefit-applications/${id}`)).body.timeline.map((t: { event: string }) => t.event);
    expect(timeline).toEqual(['benefitSubmitted', 'benefitStagePassed', 'benefitStagePassed', 'startNotice', 'recordObjection', 'startNotice', 'benefitApproved']);
  });

});

describe('a relative who follows the person’s matters', () => {
  it('sees the benefit among them by its name, opens it masked (the look audited), and may not change it', async () => {
    const { holder: person, id } = await livingSubsidySent(platform, { phone: '13700001331', name: '孙凤英', birthDate: '1955-05-05' });

    const { personId } = await linkSelf(platform, person.client, '13700001331', person.idNumber, '孙凤英');
    const daughter = await signIn(platform, '13700001332');
    await inviteAndAccept(platform, person.client, personId, daughter, { delegatePhone: '13700001332', scopes: ['follow'] });

    const people = (await daughter.call('GET', '/people')).body.people as { personId: string; matters: { id: string; benefitName?: { 'zh-CN': string } }[] }[];
    const listed = people.find((p) => p.personId === personId)!.matters.find((m) => m.id === id);
    expect(listed?.benefitName?.['zh-CN']).toBe('困难残疾人生活补贴');

    const seen = await daughter.call('GET', `/benefit-applications/${id}`);
    expect(seen.status, JSON.stringify(seen.body)).toBe(200);
    expect(seen.body).toMatchObject({ canAct: false, actions: [] });
    expect(JSON.stringify(seen.body)).not.toContain(person.idNumber);
    expect(JSON.stringify(seen.body)).not.toContain(GOOD_CARD);
    const daughterId = (await daughter.call('GET', '/me')).body.profile.userId as string;
    const looks = (await itemsOf(tableClient(platform), platform, id, 'AUDIT#')).filter((a) => a.action?.S === 'viewed' && a.actorUserId?.S === daughterId);
    expect(looks).toHaveLength(1);
    const changed = await daughter.call('PUT', `/benefit-applications/${id}`, { version: seen.body.application.version, answers: { declaration: true } });
    expect(changed.status).toBe(403);
    expect((await person.client.call('GET', `/benefit-applications/${id}`)).body).toMatchObject({ canAct: true });
  });
});
