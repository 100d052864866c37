/**
 * Benefits end to end through the gateway, against DynamoDB Local: applying from a card with the
 * registers answering yes, no and not at all, each through the three stage reviews to approval;
 * refusals explained (择高, no 低保); the bank account sealed, masked and revealed only with an audit
 * entry; one open application per benefit; 政策找人 making exactly one proposal per likely benefit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GetItemCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Platform } from '../../local/platform.js';
import { request, signIn, sinkMessages, startTestPlatform, type Client } from '../support/test-platform.js';
import { itemsOf, tableClient } from '../support/table.js';
import { BAD_CARD, GOOD_CARD, cardHolder, idem, startBenefit } from '../support/benefits.js';
import { uploadDocument } from '../support/applications.js';
import { jpegBytes } from '../support/files.js';

let platform: Platform;
const reviewer: Record<string, Client> = {};

beforeAll(async () => {
  platform = await startTestPlatform();
  const phones = { township: '13800000211', federation: '13800000212', civilAffairs: '13800000213', otherDistrict: '13800000221' };
  for (const [stage, phone] of Object.entries(phones)) reviewer[stage] = await signIn(platform, phone);
});
afterAll(async () => platform?.stop());

const bank = (holderName: string, accountNumber = GOOD_CARD) => ({ holderName, bankName: '中国工商银行', kind: 'card', accountNumber });

async function decide(stage: string, id: string, body: Record<string, unknown>) {
  const view = await reviewer[stage]!.call('GET', `/reviews/${id}`);
  expect(view.status, JSON.stringify(view.body)).toBe(200);
  const answer = await reviewer[stage]!.call('POST', `/reviews/${id}/decisions`, { ...body, version: view.body.application.version });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body.application as { status: string; version: number };
}

/** Township, 残联 and civil affairs pass it; a public notice (where the district has one) ends; approved. */
async function reviewToApproval(id: string) {
  expect((await decide('township', id, { action: 'passTownship' })).status).toBe('federation_review');
  expect((await decide('federation', id, { action: 'passFederation', note: '证件有效，等级符合' })).status).toBe('civil_affairs_review');
  const afterCivil = await decide('civilAffairs', id, { action: 'passCivilAffairs', incomeChecked: true });
  if (afterCivil.status === 'public_notice') {
    const dynamo = tableClient(platform);
    await dynamo.send(new UpdateItemCommand({ TableName: platform.tableName, Key: { pk: { S: `APP#${id}` }, sk: { S: 'META' } }, UpdateExpression: 'SET notice.endsOn = :past', ExpressionAttributeValues: { ':past': { S: '2000-01-01' } } }));
    dynamo.destroy();
    expect((await decide('civilAffairs', id, { action: 'endNotice' })).status).toBe('approved');
  } else expect(afterCivil.status).toBe('approved');
}

async function fillAndSubmit(client: Client, id: string, extra: Record<string, unknown> = {}) {
  const current = await client.call('GET', `/benefit-applications/${id}`);
  const saved = await client.call('PUT', `/benefit-applications/${id}`, { version: current.body.application.version, answers: { declaration: true, ...extra } });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  return client.call('POST', `/applications/${id}/submit`, { version: saved.body.application.version }, idem('submit'));
}

describe('applying for a benefit', () => {
  it('with the registers answering yes: nothing to upload, three reviews, approved, paid from the month of application', async () => {
    const person = await cardHolder(platform, {
      phone: '13700001201', name: '周桂芳', district: '430105', category: 4, grade: 1, birthDate: '1961-04-04',
      registers: [{ register: 'civilAffairs', mode: 'answers', answer: { household: 'dibao' } }, { register: 'hukou', mode: 'answers', answer: { districtCode: '430105' } }],
    });
    const started = await startBenefit(person.client, { benefitId: 'living-subsidy', certificateNumber: person.certificateNumber, consents: ['civilAffairs', 'hukou'] });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    const id = started.body.application.id as string;
    expect(started.body.application.answers).toMatchObject({ personName: '周桂芳', personIdNumber: person.idNumber, actingAs: 'self' });
    expect(started.body.materials.map((m: { kind: string; status: string }) => [m.kind, m.status])).toEqual([['hukouPage', 'confirmed'], ['dibaoCertificate', 'confirmed']]);
    expect(started.body.eligibility.outcome).toBe('likely');
    const audit = await itemsOf(tableClient(platform), platform, id, 'AUDIT#');
    expect(audit.filter((a) => a.action?.S === 'registerLookup').map((a) => a.detail?.M?.register?.S).sort()).toEqual(['civilAffairs', 'hukou']);

    const v = started.body.application.version;
    const badCheckDigit = await person.client.call('PUT', `/benefit-applications/${id}`, { version: v, bankAccount: bank('周桂芳', BAD_CARD) });
    expect(badCheckDigit.status).toBe(400);
    expect(badCheckDigit.body.errors.map((e: { code: string }) => e.code)).toEqual(['error.bank.checkDigit']);
    const notHers = await person.client.call('PUT', `/benefit-applications/${id}`, { version: v, bankAccount: bank('李四') });
    expect(notHers.body.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([['bankAccount.holderName', 'error.bank.holderName']]);
    const incomplete = await person.client.call('POST', `/applications/${id}/submit`, { version: v }, idem('submit'));
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['answers.allowances', 'answers.declaration', 'bankAccount']);

    const withBank = await person.client.call('PUT', `/benefit-applications/${id}`, { version: v, bankAccount: bank('周桂芳', '6222 0202 0011 2233 446') });
    expect(withBank.status, JSON.stringify(withBank.body)).toBe(200);
    expect(withBank.body.application.bankAccount).toEqual({ holderName: '周桂芳', bankName: '中国工商银行', kind: 'card', masked: '6222 **** **** 3446' });
    const stored = unmarshall((await tableClient(platform).send(new GetItemCommand({ TableName: platform.tableName, Key: { pk: { S: `APP#${id}` }, sk: { S: 'META' } } }))).Item!);
    expect(JSON.stringify(stored)).not.toContain(GOOD_CARD);
    expect(stored.bankAccount.sealed.ciphertext).toMatch(/^[A-Za-z0-9+/]+=*$/);

    const receipt = await fillAndSubmit(person.client, id, { allowances: [] });
    expect(receipt.status, JSON.stringify(receipt.body)).toBe(201);
    expect(receipt.body.receipt.status).toBe('township_review');
    const again = await startBenefit(person.client, { benefitId: 'living-subsidy', certificateNumber: person.certificateNumber });
    expect(again.status).toBe(400);
    expect(again.body.errors[0].code).toBe('error.benefit.alreadyOpen');

    const queue = await reviewer.township!.call('GET', '/reviews');
    expect(queue.body.items.map((i: { id: string }) => i.id)).toContain(id);
    expect((await reviewer.federation!.call('GET', '/reviews')).body.items.map((i: { id: string }) => i.id)).not.toContain(id);
    expect((await reviewer.otherDistrict!.call('GET', `/reviews/${id}`)).status).toBe(404);
    const seen = await reviewer.township!.call('GET', `/reviews/${id}`);
    expect(seen.body.application.answers.personIdNumber).toMatch(/\*{8}/);
    expect(seen.body.application.bankAccount.masked).toBe('6222 **** **** 3446');
    expect(JSON.stringify(seen.body)).not.toContain(GOOD_CARD);

    await reviewToApproval(id);
    const approved = await person.client.call('GET', `/benefit-applications/${id}`);
    expect(approved.body.application.decision.payment).toMatchObject({ yuan: 100, per: 'month', to: 'applicant', startsOn: approved.body.application.submittedAt.slice(0, 7) });
    expect(approved.body.timeline.map((t: { event: string }) => t.event)).toEqual(['benefitSubmitted', 'benefitStagePassed', 'benefitStagePassed', 'startNotice', 'benefitApproved']);

    const revealed = await reviewer.civilAffairs!.call('POST', `/reviews/${id}/bank-account`, { purpose: '核对发放账户' });
    expect(revealed.body.accountNumber).toBe(GOOD_CARD);
    const trail = await itemsOf(tableClient(platform), platform, id, 'AUDIT#');
    expect(trail.filter((a) => a.action?.S === 'bankAccountRevealed').map((a) => [a.actorName?.S, a.detail?.M?.purpose?.S])).toEqual([['刘洋', '核对发放账户']]);
    await platform.drainNotifications();
    expect(sinkMessages(platform).some((m) => m.to === '13700001201' && m.template === 'benefitApproved' && m.text.includes('每月100元'))).toBe(true);
  });

  it('an uploaded material: its reviewers open it through a short-lived link (audited); another district’s reviewer cannot tell it exists', async () => {
    const person = await cardHolder(platform, { phone: '13700001209', name: '郑淑兰', district: '430105', category: 1, grade: 1, birthDate: '1958-03-03' });
    // No consent to the hukou lookup: the household register page is uploaded instead.
    const started = await startBenefit(person.client, { benefitId: 'care-subsidy', certificateNumber: person.certificateNumber });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    const id = started.body.application.id as string;
    const photo = jpegBytes();
    const confirmed = await uploadDocument(person.client, id, 'hukouPage', photo, 'image/jpeg', '户口簿.jpg');
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    const current = await person.client.call('GET', `/benefit-applications/${id}`);
    const saved = await person.client.call('PUT', `/benefit-applications/${id}`, { version: current.body.application.version, answers: { declaration: true, allowances: [] }, bankAccount: bank('郑淑兰') });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const sent = await person.client.call('POST', `/applications/${id}/submit`, { version: saved.body.application.version }, idem('submit'));
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);

    const seen = await reviewer.township!.call('GET', `/reviews/${id}`);
    const doc = (seen.body.documents as { id: string; kind: string; fileName: string; size: number; status: string }[]).find((d) => d.kind === 'hukouPage')!;
    expect(doc).toMatchObject({ fileName: '户口簿.jpg', size: photo.length, status: 'received' });
    const link = await reviewer.township!.call('GET', `/reviews/${id}/documents/${doc.id}/link`);
    expect(link.status, JSON.stringify(link.body)).toBe(200);
    expect(link.body.contentType).toBe('image/jpeg');
    const file = await fetch(link.body.url);
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer()).equals(photo)).toBe(true);

    const elsewhere = await reviewer.otherDistrict!.call('GET', `/reviews/${id}/documents/${doc.id}/link`);
    expect(elsewhere.status).toBe(404);
    expect(JSON.stringify(elsewhere.body)).not.toContain('X-Amz');
    const views = (await itemsOf(tableClient(platform), platform, id, 'AUDIT#')).filter((a) => a.action?.S === 'documentViewed');
    expect(views.map((a) => a.detail?.M?.documentId?.S)).toEqual([doc.id]);
  });

  it('with a register answering no: care subsidy goes on (not 特困), the living subsidy is refused with the reason', async () => {
    const person = await cardHolder(platform, {
      phone: '13700001202', name: '吴国华', district: '430105', category: 1, grade: 2, birthDate: '1970-02-02',
      registers: [{ register: 'hukou', mode: 'answers', answer: { districtCode: '430105' } }],
    });
    const living = await startBenefit(person.client, { benefitId: 'living-subsidy', certificateNumber: person.certificateNumber, consents: ['civilAffairs', 'hukou'] });
    expect(living.body.application.lookups.civilAffairs).toMatchObject({ outcome: 'answered', facts: { household: 'none' } });
    const lv = living.body.application.version;
    const banked = await person.client.call('PUT', `/benefit-applications/${living.body.application.id}`, { version: lv, bankAccount: bank('吴国华'), answers: { declaration: true } });
    expect(banked.status).toBe(200);
    const refused = await person.client.call('POST', `/applications/${living.body.application.id}/submit`, { version: banked.body.application.version }, idem('submit'));
    expect(refused.status).toBe(400);
    expect(refused.body.type).toBe('/problems/not-entitled');
    expect(refused.body.detail).toContain('低保');
    expect((await person.client.call('GET', `/benefit-applications/${living.body.application.id}`)).body.application.status).toBe('draft');

    const care = await startBenefit(person.client, { benefitId: 'care-subsidy', certificateNumber: person.certificateNumber, consents: ['civilAffairs', 'hukou', 'allowances'] });
    expect(care.status, JSON.stringify(care.body)).toBe(201);
    const id = care.body.application.id as string;
    await person.client.call('PUT', `/benefit-applications/${id}`, { version: care.body.application.version, bankAccount: bank('吴国华') });
    const receipt = await fillAndSubmit(person.client, id);
    expect(receipt.body.receipt.status).toBe('township_review');
    await reviewToApproval(id);
    expect((await person.client.call('GET', `/benefit-applications/${id}`)).body.application.decision.payment.yuan).toBe(100);
  });

  it('with a register not answering at all (or answering garbage): the matter waits, the nightly job moves it on, nobody is refused', async () => {
    const person = await cardHolder(platform, {
      phone: '13700001203', name: '马春梅', district: '430105', category: 6, grade: 2, birthDate: '1975-05-05',
      registers: [{ register: 'hukou', mode: 'silent' }, { register: 'allowances', mode: 'answers', answer: 'ERROR 502' }],
    });
    const care = await startBenefit(person.client, { benefitId: 'care-subsidy', certificateNumber: person.certificateNumber, consents: ['hukou', 'allowances', 'civilAffairs'] });
    expect(care.status, JSON.stringify(care.body)).toBe(201);
    expect(care.body.application.lookups.hukou).toMatchObject({ outcome: 'noAnswer', problem: 'timeout' });
    expect(care.body.application.lookups.allowances).toMatchObject({ outcome: 'noAnswer', problem: 'unreadable' });
    expect(care.body.materials).toEqual([expect.objectContaining({ kind: 'hukouPage', status: 'waiting' })]);
    const id = care.body.application.id as string;
    await person.client.call('PUT', `/benefit-applications/${id}`, { version: care.body.application.version, bankAccount: bank('马春梅') });
    const receipt = await fillAndSubmit(person.client, id);
    expect(receipt.status, JSON.stringify(receipt.body)).toBe(201);
    expect(receipt.body.receipt.status).toBe('awaiting_registers');

    expect((await request(platform, 'POST', '/dev/benefit-job', { job: 'nightly' })).status).toBe(200);
    expect((await person.client.call('GET', `/benefit-applications/${id}`)).body.application.status).toBe('awaiting_registers');
    for (const [register, answer] of [['hukou', { districtCode: '430105' }], ['allowances', { allowances: [] }]] as const) {
      const changed = await request(platform, 'PUT', '/dev/registers', { register, idNumber: person.idNumber, personName: '马春梅', mode: 'answers', answer });
      expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    }
    expect((await request(platform, 'POST', '/dev/benefit-job', { job: 'nightly' })).body.moved).toBeGreaterThanOrEqual(1);
    const moved = await person.client.call('GET', `/benefit-applications/${id}`);
    expect(moved.body.application.status).toBe('township_review');
    expect(moved.body.application.lookups.hukou.attempts).toBe(3);
    await reviewToApproval(id);
    await platform.drainNotifications();
    expect(sinkMessages(platform).filter((m) => m.to === '13700001203').map((m) => m.template)).toEqual(
      expect.arrayContaining(['benefitAwaitingRegisters', 'registersAnswered', 'benefitStagePassed', 'benefitApproved']),
    );
  });

  it('explains 择高 instead of a bare refusal, refuses in writing with the appeal route, and lets the owner withdraw and rate', async () => {
    const person = await cardHolder(platform, {
      phone: '13700001204', name: '郑秀兰', district: '430105', category: 4, grade: 1, birthDate: '1950-01-01',
      registers: [{ register: 'allowances', mode: 'answers', answer: { allowances: [{ kind: 'elderlyCare', monthlyYuan: 200 }] } }],
    });
    const care = await startBenefit(person.client, { benefitId: 'care-subsidy', certificateNumber: person.certificateNumber, consents: ['allowances'] });
    expect(care.status, JSON.stringify(care.body)).toBe(201);
    expect(care.body.eligibility.outcome).toBe('notLikely');
    expect(care.body.eligibility.reasons.join('')).toContain('择高');
    const id = care.body.application.id as string;
    await person.client.call('PUT', `/benefit-applications/${id}`, { version: care.body.application.version, bankAccount: bank('郑秀兰'), answers: { household: 'none' } });
    const refused = await fillAndSubmit(person.client, id);
    expect(refused.status).toBe(400);
    expect(refused.body.detail).toBe('您领取的老年人护理补贴每月200元，比护理补贴的150元高。两者只能领一项（择高），所以保留您现在领的这一项。');

    const fuel = await startBenefit(person.client, { benefitId: 'fuel-subsidy', certificateNumber: person.certificateNumber });
    expect(fuel.body.eligibility.outcome).toBe('notLikely');
    const other = await cardHolder(platform, { phone: '13700001205', name: '钱伟', district: '430105', category: 4, grade: 2, birthDate: '1980-08-08', registers: [{ register: 'hukou', mode: 'answers', answer: { districtCode: '430105' } }] });
    const second = await startBenefit(other.client, { benefitId: 'care-subsidy', certificateNumber: other.certificateNumber, consents: ['hukou', 'civilAffairs', 'allowances'] });
    const sid = second.body.application.id as string;
    await other.client.call('PUT', `/benefit-applications/${sid}`, { version: second.body.application.version, bankAccount: bank('钱伟') });
    expect((await fillAndSubmit(other.client, sid)).status).toBe(201);
    const rejected = await decide('township', sid, { action: 'refuseTownship', reason: '申请人已迁出本街道' });
    expect(rejected.status).toBe('rejected');
    const detail = (await other.client.call('GET', `/benefit-applications/${sid}`)).body.application;
    expect(detail.decision).toMatchObject({ outcome: 'rejected', stage: 'township', reason: '申请人已迁出本街道', appealTo: { 'zh-CN': '开福区民政局' } });
    const rated = await other.client.call('POST', `/applications/${sid}/rating`, { version: detail.version, level: 2, comment: '希望说明更清楚' }, idem('rate'));
    expect(rated.status, JSON.stringify(rated.body)).toBe(200);
    const reapplied = await startBenefit(other.client, { benefitId: 'care-subsidy', certificateNumber: other.certificateNumber });
    expect(reapplied.status).toBe(201);
    const withdrawn = await other.client.call('POST', `/applications/${reapplied.body.application.id}/withdraw`, { version: reapplied.body.application.version }, idem('withdraw'));
    expect(withdrawn.body.application.status).toBe('withdrawn');
  });

  it('answers bad input with a clear 4xx: a benefit the district does not offer, an age out of range, a matter of someone else', async () => {
    const person = await cardHolder(platform, { phone: '13700001206', name: '孙丽', district: '430103', category: 4, grade: 1, birthDate: '1966-06-06' });
    const notOffered = await startBenefit(person.client, { benefitId: 'home-modification', certificateNumber: person.certificateNumber });
    expect([notOffered.status, notOffered.body.errors[0].code]).toEqual([400, 'error.benefit.notOffered']);
    const age = await request(platform, 'POST', '/benefits/check', { districtCode: '430105', hasCard: true, category: 4, grade: 2, age: 130, household: 'none' });
    expect([age.status, age.body.errors[0].field]).toEqual([400, 'age']);
    const grade = await request(platform, 'POST', '/benefits/check', { districtCode: '430105', hasCard: true, category: 4, grade: 5, age: 30, household: 'none' });
    expect([grade.status, grade.body.errors[0].field]).toEqual([400, 'grade']);
    const started = await startBenefit(person.client, { benefitId: 'care-subsidy', certificateNumber: person.certificateNumber });
    const stranger = await signIn(platform, '13700001207');
    expect((await stranger.call('GET', `/benefit-applications/${started.body.application.id}`)).status).toBe(404);
    expect((await startBenefit(stranger, { benefitId: 'care-subsidy', certificateNumber: person.certificateNumber })).status).toBe(404);
  });

  it('tells anyone what they can likely get, and why, without signing in', async () => {
    const answer = await request(platform, 'POST', '/benefits/check', { districtCode: '430105', hasCard: true, category: 4, grade: 3, age: 40, household: 'dibao', allowances: [] }, { 'accept-language': 'en' });
    expect(answer.status).toBe(200);
    const byId = Object.fromEntries(answer.body.results.map((r: { benefit: { id: string } }) => [r.benefit.id, r]));
    expect(byId['living-subsidy'].outcome).toBe('likely');
    expect(byId['living-subsidy'].amount).toBe('80 yuan a month');
    expect(byId['care-subsidy'].outcome).toBe('notLikely');
    expect(byId['care-subsidy'].reasons).toEqual(['The care subsidy is for grade 1 or 2, or grade 3 intellectual or mental disability; your card is grade 3 physical disability.']);
    expect(byId['fuel-subsidy'].outcome).toBe('check');
  });
});

describe('政策找人', () => {
  it('makes exactly one proposal per likely benefit when a card is issued, tells the holder once, and sends nothing without their yes', async () => {
    const guardian = await cardHolder(platform, {
      phone: '13700001208', name: '林小满', guardian: '林芳', district: '330213', category: 5, grade: 2, birthDate: '2022-09-09',
      registers: [{ register: 'hukou', mode: 'answers', answer: { districtCode: '330213' } }],
    });
    await platform.drainNotifications();
    const mine = async () => ((await guardian.client.call('GET', '/applications')).body.applications as { id: string; benefitId?: string; status: string }[]).filter((a) => a.benefitId);
    const proposals = await mine();
    expect(proposals.map((p) => [p.benefitId, p.status]).sort()).toEqual([['care-subsidy', 'proposed'], ['child-rehabilitation', 'proposed']]);

    // The same card seen again (a retried stream record, the nightly job): nothing new.
    const { proposeFor } = await import('../../functions/benefits/proposals.js');
    const { wire } = await import('../../functions/adapters/wire.js');
    const deps = wire({ table: 'readWrite' }, 'test');
    const certificate = await deps.certificates.get(guardian.certificateNumber);
    await Promise.all([proposeFor(deps, certificate!, 'certificate'), proposeFor(deps, certificate!, 'certificate')]);
    await platform.drainNotifications();
    expect((await mine()).length).toBe(2);
    expect(sinkMessages(platform).filter((m) => m.to === '13700001208' && m.template === 'benefitProposed')).toHaveLength(2);

    const rehab = proposals.find((p) => p.benefitId === 'child-rehabilitation')!;
    const detail = await guardian.client.call('GET', `/benefit-applications/${rehab.id}`);
    expect(detail.body.application.answers).toMatchObject({ personName: '林小满', actingAs: 'guardian', agentName: '林芳' });
    expect(detail.body.actions.sort()).toEqual(['acceptProposal', 'declineProposal']);
    const accepted = await guardian.client.call('POST', `/benefit-applications/${rehab.id}/proposal`, { version: detail.body.application.version, accept: true }, idem('accept'));
    expect(accepted.body.application.status).toBe('draft');
    const care = proposals.find((p) => p.benefitId === 'care-subsidy')!;
    const careDetail = await guardian.client.call('GET', `/benefit-applications/${care.id}`);
    const declined = await guardian.client.call('POST', `/benefit-applications/${care.id}/proposal`, { version: careDetail.body.application.version, accept: false }, idem('decline'));
    expect(declined.body.application.status).toBe('declined');

    const institution = detail.body.benefit.institutions[0].id;
    const receipt = await fillAndSubmit(guardian.client, rehab.id, { institutionId: institution });
    expect(receipt.status, JSON.stringify(receipt.body)).toBe(400);
    expect(receipt.body.errors.map((e: { field: string }) => e.field)).toEqual(['documents.guardianProof', 'documents.hukouPage']);
  });
});
