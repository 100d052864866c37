import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { endNoticeEarly, itemsOf as itemsOfTable, outboxOf as outboxOfTable, tableClient } from '../support/table.js';
import type { Platform } from '../../local/platform.js';
import { signIn, sinkMessages, startTestPlatform, type Client } from '../support/test-platform.js';
import { completeSelfAnswers, readyToSubmit, uniqueKey, uploadDocument } from '../support/applications.js';
import { fictitiousIdNumber } from '../support/fixtures.js';
import { heicBytes, heicPhoto, jpegBytes, pngBytes } from '../support/files.js';
import { HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';

let platform: Platform;
let citizen: Client;
let kaifu: Client;
let kaifuColleague: Client;
let tianxin: Client;
let dynamo: DynamoDBClient;

beforeAll(async () => {
  platform = await startTestPlatform();
  [citizen, kaifu, kaifuColleague, tianxin] = (await Promise.all(
    ['13900000001', '13800000101', '13800000105', '13800000102'].map((phone) => signIn(platform, phone)),
  )) as [Client, Client, Client, Client];
  dynamo = tableClient(platform);
});
afterAll(async () => {
  dynamo?.destroy();
  await platform?.stop();
});

let personCounter = 100;
/** A submitted Kaifu application for a new adult person, so no test's certificate blocks another's. */
async function submitted(answers: Record<string, unknown> = {}) {
  const idNumber = fictitiousIdNumber('1970-05-06', String(++personCounter));
  const draft = await readyToSubmit(citizen, { ...completeSelfAnswers, personIdNumber: idNumber, ...answers });
  const receipt = await citizen.call('POST', `/applications/${draft.id}/submit`, { version: draft.version }, { 'idempotency-key': uniqueKey('submit') });
  expect(receipt.status, JSON.stringify(receipt.body)).toBe(201);
  return { id: draft.id, version: receipt.body.receipt.version as number, idNumber };
}

async function decide(client: Client, id: string, body: Record<string, unknown>) {
  return client.call('POST', `/staff/applications/${id}/decisions`, body);
}

/** Takes the matter through `steps` (action + extra body), each on the current version; returns the last version. */
async function walk(id: string, version: number, steps: Record<string, unknown>[]): Promise<number> {
  let current = version;
  for (const step of steps) {
    const result = await decide(kaifu, id, { ...step, version: current });
    expect(result.status, `${String(step.action)}: ${JSON.stringify(result.body)}`).toBe(200);
    current = result.body.application.version;
  }
  return current;
}

const TO_REVIEW = [
  { action: 'accept' },
  { action: 'scheduleAssessment', institutionId: 'kf-1', at: '2099-01-05T09:30', mode: 'institution' },
  { action: 'recordAssessment', components: [{ category: 4, grade: 2 }] },
  { action: 'startNotice', community: '芙蓉中路社区' },
];

async function underReview() {
  const app = await submitted();
  const version = await walk(app.id, app.version, TO_REVIEW);
  await endNoticeEarly(dynamo, platform, app.id);
  return { ...app, version: await walk(app.id, version, [{ action: 'endNotice' }]) };
}

const itemsOf = (applicationId: string, prefix: string) => itemsOfTable(dynamo, platform, applicationId, prefix);

const outboxOf = (applicationId: string) => outboxOfTable(dynamo, platform, applicationId);

const eventsIn = (items: Awaited<ReturnType<typeof itemsOf>>, attribute: 'event' | 'action') => items.map((i) => i[attribute]?.S);

describe('the staff workspace', () => {
  it("lists the district's matters by deadline with the ID masked, and nothing of another district", async () => {
    const first = await submitted();
    const second = await submitted();
    const queue = await kaifu.call('GET', '/staff/applications');
    expect(queue.status).toBe(200);
    const ids = queue.body.items.map((i: { id: string }) => i.id);
    expect(ids).toEqual(expect.arrayContaining([first.id, second.id]));
    const item = queue.body.items.find((i: { id: string }) => i.id === first.id);
    expect(item.personIdNumberMasked).toMatch(/^999999\*{8}\d{3}[\dX]$/);
    expect(JSON.stringify(queue.body)).not.toContain(first.idNumber);
    expect(item.daysLeft).toBeGreaterThan(0);
    const dues = queue.body.items.map((i: { promisedDue: string }) => i.promisedDue);
    expect(dues).toEqual([...dues].sort());

    const other = await tianxin.call('GET', '/staff/applications');
    expect(other.body.items.map((i: { id: string }) => i.id)).not.toContain(first.id);

    // A withdrawn matter leaves the open queue and is found under its own status.
    const withdrawn = await citizen.call('POST', `/applications/${second.id}/withdraw`, { version: second.version }, { 'idempotency-key': uniqueKey('withdraw') });
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200);
    const open = (await kaifu.call('GET', '/staff/applications')).body.items.map((i: { id: string }) => i.id);
    expect(open).toContain(first.id);
    expect(open).not.toContain(second.id);
    const finished = (await kaifu.call('GET', '/staff/applications?status=withdrawn')).body.items.map((i: { id: string }) => i.id);
    expect(finished).toEqual(expect.arrayContaining([second.id]));
    expect(finished).not.toContain(first.id);
  });

  it('gives staff of another district a 404 for everything, and a citizen a 403 on every staff route', async () => {
    const app = await submitted();
    const docs = (await citizen.call('GET', `/applications/${app.id}`)).body.documents;
    const attempts = [
      tianxin.call('GET', `/staff/applications/${app.id}`),
      decide(tianxin, app.id, { action: 'accept', version: app.version }),
      tianxin.call('POST', `/staff/applications/${app.id}/reveal`, { field: 'personIdNumber' }),
      tianxin.call('GET', `/staff/applications/${app.id}/documents/${docs[0].id}/link`),
      tianxin.call('PUT', `/staff/applications/${app.id}/assignee`, { version: app.version, assigneeUserId: 'demo-staff-13800000102' }),
    ];
    for (const result of await Promise.all(attempts)) expect(result.status).toBe(404);

    const asCitizen = [
      citizen.call('GET', '/staff/applications'),
      citizen.call('GET', `/staff/applications/${app.id}`),
      decide(citizen, app.id, { action: 'accept', version: app.version }),
      citizen.call('POST', `/staff/applications/${app.id}/reveal`, { field: 'personIdNumber' }),
    ];
    for (const result of await Promise.all(asCitizen)) {
      expect(result.status).toBe(403);
      expect(result.headers.get('content-type')).toContain('application/problem+json');
    }
    expect((await citizen.call('GET', `/applications/${app.id}`)).body.application.status).toBe('submitted');
  });

  it('masks ID and phone in the application view, and audits the view, each reveal and each document view', async () => {
    const app = await submitted();
    const view = await kaifu.call('GET', `/staff/applications/${app.id}`);
    expect(view.status).toBe(200);
    expect(view.body.application.answers.personIdNumber).toMatch(/\*{8}/);
    expect(view.body.application.answers.personPhone).toBe('139****0001');
    expect(JSON.stringify(view.body)).not.toContain(app.idNumber);

    for (let i = 0; i < 2; i++) {
      const revealed = await kaifu.call('POST', `/staff/applications/${app.id}/reveal`, { field: 'personIdNumber' });
      expect(revealed.body.value).toBe(app.idNumber);
    }
    const link = await kaifu.call('GET', `/staff/applications/${app.id}/documents/${view.body.documents[0].id}/link`);
    expect(link.status).toBe(200);
    expect((await fetch(link.body.url)).status).toBe(200);

    const audit = await itemsOf(app.id, 'AUDIT#');
    const actions = eventsIn(audit, 'action');
    expect(actions.filter((a) => a === 'viewed')).toHaveLength(1);
    expect(actions.filter((a) => a === 'revealed')).toHaveLength(2);
    expect(actions.filter((a) => a === 'documentViewed')).toHaveLength(1);
    expect(audit.find((a) => a.action?.S === 'revealed')?.actorName?.S).toBe('李敏');
    // The audit trail itself never holds the number.
    expect(JSON.stringify(audit)).not.toContain(app.idNumber);
  });

  it('shows a HEIC phone photo to staff as a JPEG made on first view and kept, and offers one that cannot be decoded to download', async () => {
    const idNumber = fictitiousIdNumber('1970-05-06', String(++personCounter));
    const draft = await readyToSubmit(citizen, { ...completeSelfAnswers, personIdNumber: idNumber });
    expect((await uploadDocument(citizen, draft.id, 'medicalRecords', heicPhoto(), 'image/heic')).status).toBe(200);
    expect((await uploadDocument(citizen, draft.id, 'medicalRecords', heicBytes(), 'image/heic')).status).toBe(200);
    const receipt = await citizen.call('POST', `/applications/${draft.id}/submit`, { version: draft.version }, { 'idempotency-key': uniqueKey('submit') });
    expect(receipt.status, JSON.stringify(receipt.body)).toBe(201);
    const documents = (await kaifu.call('GET', `/staff/applications/${draft.id}`)).body.documents as { id: string; contentType: string; size: number }[];
    const heics = documents.filter((d) => d.contentType === 'image/heic');
    const photo = heics.find((d) => d.size === heicPhoto().length)!;
    const broken = heics.find((d) => d.size === heicBytes().length)!;

    const link = (documentId: string) => kaifu.call('GET', `/staff/applications/${draft.id}/documents/${documentId}/link`);
    const first = await link(photo.id);
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({ contentType: 'image/jpeg' });
    const jpeg = new Uint8Array(await (await fetch(first.body.url)).arrayBuffer());
    expect([...jpeg.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);

    const s3 = new S3Client({ region: 'us-east-1', endpoint: platform.s3Endpoint, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
    const previewKey = { Bucket: 'onevisit-documents', Key: `applications/${draft.id}/${photo.id}.preview.jpg` };
    expect((await s3.send(new HeadObjectCommand(previewKey))).ContentType).toBe('image/jpeg');
    // Made once: a second view serves the stored preview (marked here) instead of converting again.
    await s3.send(new PutObjectCommand({ ...previewKey, Body: pngBytes(), ContentType: 'image/jpeg' }));
    const second = await link(photo.id);
    expect(second.body.contentType).toBe('image/jpeg');
    expect(Buffer.from(await (await fetch(second.body.url)).arrayBuffer())).toEqual(pngBytes());
    s3.destroy();

    const undecodable = await link(broken.id);
    expect(undecodable.status).toBe(200);
    expect(undecodable.body).toMatchObject({ contentType: 'image/heic', previewUnavailable: true });
    expect((await fetch(undecodable.body.url)).status).toBe(200);

    const views = (await itemsOf(draft.id, 'AUDIT#')).filter((a) => a.action?.S === 'documentViewed');
    expect(views).toHaveLength(3);
  });

  it('lets a staff member claim a matter and hand it to a colleague of the same district, with a stale version refused', async () => {
    const app = await submitted();
    const claimed = await kaifu.call('PUT', `/staff/applications/${app.id}/assignee`, { version: app.version, assigneeUserId: 'demo-staff-13800000101' });
    expect(claimed.status).toBe(200);
    const mine = await kaifu.call('GET', '/staff/applications?mine=true');
    expect(mine.body.items.map((i: { id: string }) => i.id)).toContain(app.id);

    const stale = await kaifu.call('PUT', `/staff/applications/${app.id}/assignee`, { version: app.version, assigneeUserId: 'demo-staff-13800000105' });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ version: claimed.body.application.version });

    const outsider = await kaifu.call('PUT', `/staff/applications/${app.id}/assignee`, { version: claimed.body.application.version, assigneeUserId: 'demo-staff-13800000102' });
    expect(outsider.status).toBe(400);
    const handed = await kaifu.call('PUT', `/staff/applications/${app.id}/assignee`, { version: claimed.body.application.version, assigneeUserId: 'demo-staff-13800000105' });
    expect(handed.status).toBe(200);
    expect(handed.body.application.assignee.name).toBe('周强');
    expect(eventsIn(await itemsOf(app.id, 'AUDIT#'), 'action')).toEqual(expect.arrayContaining(['claimed', 'reassigned']));
  });

  it('requests every correction in one batch, pauses the clock, and runs it again when the citizen resubmits', async () => {
    const app = await submitted();
    const before = (await kaifu.call('GET', `/staff/applications/${app.id}`)).body.summary;
    const requested = await decide(kaifu, app.id, {
      action: 'requestCorrection',
      version: app.version,
      items: [
        { subject: 'photo', note: '照片背景不是白色，请重新拍一张白底照片' },
        { subject: 'answers', note: '现住址缺少门牌号' },
        // Not on the start page's list for someone with an ID card, and still possible to send.
        { subject: 'hukouPage', note: '请补充户口簿本人页，核对户籍地址' },
      ],
    });
    expect(requested.status, JSON.stringify(requested.body)).toBe(200);
    const detail = (await citizen.call('GET', `/applications/${app.id}`)).body;
    expect(detail.application.status).toBe('awaiting_correction');
    expect(detail.application.corrections.items).toHaveLength(3);
    const waiting = (await kaifu.call('GET', `/staff/applications/${app.id}`)).body.summary;
    expect(waiting.waitingForCitizenUntil).toBe(detail.application.corrections.dueOn);
    expect(waiting.daysLeft).toBeUndefined();

    const saved = await citizen.call('PUT', `/applications/${app.id}`, {
      version: detail.application.version,
      answers: { ...detail.application.answers, currentAddress: '长沙市开福区芙蓉中路一段1号3栋201' },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    // The photo staff found wanting does not count as its own correction, and the hukou page is still missing.
    const early = await citizen.call('POST', `/applications/${app.id}/resubmit`, { version: saved.body.application.version }, { 'idempotency-key': uniqueKey('re') });
    expect(early.status).toBe(400);
    expect(early.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['documents.hukouPage', 'documents.photo']);
    expect(early.body.errors[0].code).toBe('error.correction.newFileNeeded');
    expect((await uploadDocument(citizen, app.id, 'photo', jpegBytes(), 'image/jpeg')).status).toBe(200);
    expect((await uploadDocument(citizen, app.id, 'hukouPage', pngBytes(), 'image/png')).status).toBe(200);
    const resubmitted = await citizen.call('POST', `/applications/${app.id}/resubmit`, { version: saved.body.application.version }, { 'idempotency-key': uniqueKey('re') });
    expect(resubmitted.status, JSON.stringify(resubmitted.body)).toBe(200);
    const after = (await kaifu.call('GET', `/staff/applications/${app.id}`)).body;
    expect(after.application.status).toBe('submitted');
    expect(after.application.clock.pauses).toEqual([{ from: expect.any(String), to: expect.any(String) }]);
    expect(after.summary.promisedDue >= before.promisedDue).toBe(true);
  });

  it('refuses an action the state machine does not allow, and an assessment whose grade does not follow from the measurement', async () => {
    const app = await submitted();
    const early = await decide(kaifu, app.id, { action: 'approve', version: app.version });
    expect(early.status).toBe(409);
    expect(early.body.type).toContain('invalid-transition');
    const version = await walk(app.id, app.version, TO_REVIEW.slice(0, 2));
    const wrong = await decide(kaifu, app.id, { action: 'recordAssessment', version, components: [{ category: 1, grade: 1, measurement: { bestCorrectedAcuity: 0.2 } }] });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0]).toMatchObject({ field: 'components.0.grade' });
    const missing = await decide(kaifu, app.id, { action: 'recordAssessment', version, components: [{ category: 2, grade: 1 }] });
    expect(missing.status).toBe(400);
    const right = await decide(kaifu, app.id, { action: 'recordAssessment', version, components: [{ category: 1, grade: 4, measurement: { bestCorrectedAcuity: 0.2 } }, { category: 4, grade: 2 }] });
    expect(right.status).toBe(200);
    const result = (await kaifu.call('GET', `/staff/applications/${app.id}`)).body.application.assessmentResult;
    expect(result).toMatchObject({ category: 7, grade: 2 });
  });

  it('lets exactly one of two staff approving and rejecting at once win; the other gets 409 and nothing is half-written', async () => {
    const app = await underReview();
    const [approve, reject] = await Promise.all([
      decide(kaifu, app.id, { action: 'approve', version: app.version }),
      decide(kaifuColleague, app.id, { action: 'reject', version: app.version, reason: '材料不实' }),
    ]);
    const statuses = [approve.status, reject.status].sort();
    expect(statuses).toEqual([200, 409]);
    const winner = approve.status === 200 ? 'approve' : 'reject';
    const final = (await kaifu.call('GET', `/staff/applications/${app.id}`)).body.application;
    expect(final.status).toBe(winner === 'approve' ? 'approved' : 'rejected');
    expect(final.version).toBe(app.version + 1);

    const timeline = eventsIn(await itemsOf(app.id, 'TL#'), 'event');
    const audit = eventsIn(await itemsOf(app.id, 'AUDIT#'), 'action');
    const outbox = (await outboxOf(app.id)).map((o) => o.type?.S);
    for (const written of [timeline, audit, outbox]) {
      expect(written.filter((e) => e === 'approve' || e === 'reject')).toEqual([winner]);
    }
    const certificates = (await citizen.call('GET', '/certificates')).body.certificates.filter((c: { applicationId: string }) => c.applicationId === app.id);
    expect(certificates).toHaveLength(winner === 'approve' ? 1 : 0);
  });

  it('writes one timeline entry, one audit entry and one notification per channel for every action of the whole journey', async () => {
    const app = await underReview();
    let version = await walk(app.id, app.version, [
      { action: 'approve' },
      { action: 'produceCard' },
      { action: 'ship', courier: '中国邮政EMS', trackingNumber: 'EMS1234567890' },
      { action: 'confirmDelivery' },
    ]);
    const rated = await citizen.call('POST', `/applications/${app.id}/rating`, { version, level: 5, comment: '没跑一趟就拿到证了' }, { 'idempotency-key': uniqueKey('rate') });
    expect(rated.status, JSON.stringify(rated.body)).toBe(200);
    version = rated.body.application.version;
    const again = await citizen.call('POST', `/applications/${app.id}/rating`, { version, level: 1 }, { 'idempotency-key': uniqueKey('rate') });
    expect(again.status).toBe(409);

    const actions = ['submitted', 'accept', 'scheduleAssessment', 'recordAssessment', 'startNotice', 'endNotice', 'approve', 'produceCard', 'ship', 'confirmDelivery'];
    const timeline = eventsIn(await itemsOf(app.id, 'TL#'), 'event');
    const audit = eventsIn(await itemsOf(app.id, 'AUDIT#'), 'action').filter((a) => a !== 'viewed');
    const outbox = (await outboxOf(app.id)).map((o) => o.type?.S);
    for (const action of actions) {
      expect(timeline.filter((e) => e === action), action).toHaveLength(1);
      expect(audit.filter((e) => e === action), action).toHaveLength(1);
      expect(outbox.filter((e) => e === action), action).toHaveLength(1);
    }
    expect(timeline).toContain('rated');

    await platform.drainNotifications();
    const notices = (await citizen.call('GET', '/notices')).body.notices.filter((n: { applicationId: string }) => n.applicationId === app.id);
    for (const action of actions) expect(notices.filter((n: { type: string }) => n.type === action), action).toHaveLength(1);
    const texts = sinkMessages(platform).filter((m) => m.dedupeKey.includes(':sms:') && m.to === '13900000001');
    const eventIds = new Set((await outboxOf(app.id)).map((o) => o.id?.S));
    const forThis = texts.filter((m) => eventIds.has(m.dedupeKey.split(':')[0]));
    expect(forThis).toHaveLength(actions.length);
    expect(forThis.find((m) => m.text.includes('EMS1234567890'))).toBeDefined();
    expect(forThis.map((m) => m.text).join('\n')).not.toContain(app.idNumber);

    const certificate = (await citizen.call('GET', '/certificates')).body.certificates.find((c: { applicationId: string }) => c.applicationId === app.id);
    expect(certificate.number).toBe(`${app.idNumber}42`);
    expect(certificate.status).toBe('valid');

    // Staff see the decision, but the certificate number holds the ID number and stays masked.
    const staffView = (await kaifu.call('GET', `/staff/applications/${app.id}`)).body.application;
    expect(staffView.decision.certificateNumber).toMatch(/^\d{6}\*{8}\d{3}[\dX]42$/);
    expect(JSON.stringify(staffView)).not.toContain(app.idNumber);

    // A card holder is not issued a second card through 新办: they are sent to the certificate page.
    const second = await readyToSubmit(citizen, { ...completeSelfAnswers, personIdNumber: app.idNumber });
    const refused = await citizen.call('POST', `/applications/${second.id}/submit`, { version: second.version }, { 'idempotency-key': uniqueKey('s') });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0]).toMatchObject({ field: 'personIdNumber', code: 'error.certificate.alreadyHeld' });
    expect(refused.body.errors[0].detail).toContain(staffView.decision.certificateNumber);
  });

  it('reissues a lost card under a B1 number and voids the old one; a cancelled card blocks a new application for a year', async () => {
    const app = await underReview();
    await walk(app.id, app.version, [{ action: 'approve' }]);
    const number = `${app.idNumber}42`;

    const started = await citizen.call('POST', `/certificates/${number}/matters`, { matter: 'reissue' }, { 'idempotency-key': uniqueKey('matter') });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    const draft = started.body.application;
    expect(draft.matter).toBe('reissue');
    const second = await citizen.call('POST', `/certificates/${number}/matters`, { matter: 'damaged' }, { 'idempotency-key': uniqueKey('matter') });
    expect(second.status).toBe(400);
    expect(second.body.errors[0]).toMatchObject({ field: 'matter' });
    expect(draft.answers.personIdNumber).toBe(app.idNumber);
    expect((await uploadDocument(citizen, draft.id, 'photo', jpegBytes(), 'image/jpeg')).status).toBe(200);
    const incomplete = await citizen.call('POST', `/applications/${draft.id}/submit`, { version: draft.version }, { 'idempotency-key': uniqueKey('s') });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['consent', 'lossPromise']));
    const saved = await citizen.call('PUT', `/applications/${draft.id}`, { version: draft.version, answers: { ...draft.answers, consent: true, lossPromise: true } });
    const sent = await citizen.call('POST', `/applications/${draft.id}/submit`, { version: saved.body.application.version }, { 'idempotency-key': uniqueKey('s') });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    await walk(draft.id, sent.body.receipt.version, [{ action: 'accept' }, { action: 'approve' }]);

    const certificates = (await citizen.call('GET', '/certificates')).body.certificates;
    expect(certificates.find((c: { number: string }) => c.number === `${number}B1`)?.status).toBe('valid');
    expect(certificates.find((c: { number: string }) => c.number === number)).toMatchObject({ status: 'replaced', replacedBy: `${number}B1` });

    const cancel = await citizen.call('POST', `/certificates/${number}B1/matters`, { matter: 'cancellation', reason: 'voluntary' }, { 'idempotency-key': uniqueKey('matter') });
    expect(cancel.status).toBe(201);
    const cancelSaved = await citizen.call('PUT', `/applications/${cancel.body.application.id}`, { version: 1, answers: { ...cancel.body.application.answers, consent: true } });
    const cancelSent = await citizen.call('POST', `/applications/${cancel.body.application.id}/submit`, { version: cancelSaved.body.application.version }, { 'idempotency-key': uniqueKey('s') });
    expect(cancelSent.status, JSON.stringify(cancelSent.body)).toBe(201);
    await walk(cancel.body.application.id, cancelSent.body.receipt.version, [{ action: 'accept' }, { action: 'approve' }]);
    expect((await citizen.call('GET', `/applications/${cancel.body.application.id}`)).body.application.status).toBe('completed');

    const again = await readyToSubmit(citizen, { ...completeSelfAnswers, personIdNumber: app.idNumber });
    const blocked = await citizen.call('POST', `/applications/${again.id}/submit`, { version: again.version }, { 'idempotency-key': uniqueKey('s') });
    expect(blocked.status).toBe(400);
    expect(blocked.body.errors[0]).toMatchObject({ field: 'personIdNumber', code: 'error.reapplyBlocked' });
    // The person is told from which date they may apply again, a year (configured) after the cancellation.
    const from = blocked.body.errors[0].detail.match(/\d{4}-\d{2}-\d{2}/)?.[0] as string;
    const shanghaiYear = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4));
    expect(Number(from.slice(0, 4)) - shanghaiYear).toBe(1);
  });

  it('accepts with a material to follow (容缺受理): the citizen signs the promise once and can upload only that material', async () => {
    const app = await submitted();
    // Only what the district lets follow may be missing: the ID card must be in hand.
    const idCardLater = await decide(kaifu, app.id, { action: 'accept', version: app.version, deferredKinds: ['idCard'] });
    expect(idCardLater.status).toBe(400);
    expect(idCardLater.body.errors).toEqual([expect.objectContaining({ field: 'deferredKinds', code: 'error.deferral.notDeferrable' })]);
    expect((await kaifu.call('GET', `/staff/applications/${app.id}`)).body.deferrableKinds).toEqual(['medicalRecords']);
    const accepted = await decide(kaifu, app.id, { action: 'accept', version: app.version, deferredKinds: ['medicalRecords'] });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    const detail = (await citizen.call('GET', `/applications/${app.id}`)).body.application;
    expect(detail.deferral).toMatchObject({ kinds: ['medicalRecords'], dueOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(eventsIn(await itemsOf(app.id, 'TL#'), 'event')).toContain('acceptedWithDeferral');

    const unsigned = await citizen.call('POST', `/applications/${app.id}/promise`, { version: detail.version, promise: false });
    expect(unsigned.status).toBe(400);
    const signed = await citizen.call('POST', `/applications/${app.id}/promise`, { version: detail.version, promise: true });
    expect(signed.status, JSON.stringify(signed.body)).toBe(200);
    const twice = await citizen.call('POST', `/applications/${app.id}/promise`, { version: signed.body.application.version, promise: true });
    expect(twice.status).toBe(409);
    expect((await citizen.call('GET', `/applications/${app.id}`)).body.application.deferral.promiseSignedAt).toBeDefined();

    expect((await uploadDocument(citizen, app.id, 'medicalRecords', jpegBytes(), 'image/jpeg')).status).toBe(200);
    const other = await citizen.call('POST', `/applications/${app.id}/documents`, { kind: 'photo', fileName: 'p.jpg', contentType: 'image/jpeg', size: 100 }, { 'idempotency-key': uniqueKey('doc') });
    expect(other.status).toBe(409);
    // The documents staff accepted stay in the record.
    const documents = (await citizen.call('GET', `/applications/${app.id}`)).body.documents as { id: string; kind: string; status: string }[];
    const idCard = documents.find((d) => d.kind === 'idCard' && d.status === 'received')!;
    expect((await citizen.call('DELETE', `/applications/${app.id}/documents/${idCard.id}`)).status).toBe(409);
    const after = (await citizen.call('GET', `/applications/${app.id}`)).body.documents as { id: string; status: string }[];
    expect(after.find((d) => d.id === idCard.id)?.status).toBe('received');
  });

  it('changes the grade after a reassessment: a new number from the new grade, the old card void', async () => {
    const app = await underReview();
    await walk(app.id, app.version, [{ action: 'approve' }]);
    const number = `${app.idNumber}42`;
    const started = await citizen.call('POST', `/certificates/${number}/matters`, { matter: 'change' }, { 'idempotency-key': uniqueKey('matter') });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    const draft = started.body.application;
    for (const kind of ['photo', 'medicalRecords']) expect((await uploadDocument(citizen, draft.id, kind, jpegBytes(), 'image/jpeg')).status).toBe(200);
    const saved = await citizen.call('PUT', `/applications/${draft.id}`, { version: draft.version, answers: { ...draft.answers, consent: true } });
    const sent = await citizen.call('POST', `/applications/${draft.id}/submit`, { version: saved.body.application.version }, { 'idempotency-key': uniqueKey('s') });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    const version = await walk(draft.id, sent.body.receipt.version, [
      { action: 'accept' },
      { action: 'scheduleAssessment', institutionId: 'kf-1', at: '2099-02-01T10:00', mode: 'homeVisit' },
      { action: 'recordAssessment', components: [{ category: 4, grade: 1 }] },
      { action: 'startNotice', community: '芙蓉中路社区' },
    ]);
    await endNoticeEarly(dynamo, platform, draft.id);
    await walk(draft.id, version, [{ action: 'endNotice' }, { action: 'approve' }]);
    const certificates = (await citizen.call('GET', '/certificates')).body.certificates;
    expect(certificates.find((c: { number: string }) => c.number === `${app.idNumber}41`)).toMatchObject({ status: 'valid', grade: 1 });
    expect(certificates.find((c: { number: string }) => c.number === number)).toMatchObject({ status: 'replaced', replacedBy: `${app.idNumber}41` });
  });

  it('files an application on a person’s behalf (代办): staff fill it in and submit it, the person’s account owns it', async () => {
    const filed = await kaifu.call(
      'POST',
      '/staff/filings',
      { accountPhone: '139 0000 0077', channel: 'homeVisit', answers: { forWhom: 'self', actingAs: 'self', isMinor: false, category: '4', hasIdCard: true } },
      { 'idempotency-key': uniqueKey('filing') },
    );
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    const draft = filed.body.application;
    expect(draft).toMatchObject({ channel: 'homeVisit', districtCode: '430105', status: 'draft' });
    expect(draft.ownerId).not.toBe('demo-staff-13800000101');

    const idNumber = fictitiousIdNumber('1940-01-01', '777');
    const saved = await kaifu.call('PUT', `/applications/${draft.id}`, { version: draft.version, answers: { ...completeSelfAnswers, personIdNumber: idNumber, personPhone: '13900000077' } });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    for (const kind of ['idCard', 'idCard', 'photo', 'medicalRecords']) {
      expect((await uploadDocument(kaifu, draft.id, kind, jpegBytes(), 'image/jpeg')).status).toBe(200);
    }
    expect((await tianxin.call('PUT', `/applications/${draft.id}`, { version: saved.body.application.version, answers: {} })).status).toBe(404);
    const sent = await kaifu.call('POST', `/applications/${draft.id}/submit`, { version: saved.body.application.version }, { 'idempotency-key': uniqueKey('s') });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);

    const person = await signIn(platform, '13900000077');
    const mine = (await person.call('GET', '/applications')).body.applications;
    expect(mine.map((a: { id: string }) => a.id)).toContain(draft.id);
    const timeline = (await person.call('GET', `/applications/${draft.id}`)).body.timeline;
    expect(timeline[0]).toMatchObject({ event: 'submitted', actor: 'staff' });
    await platform.drainNotifications();
    expect(sinkMessages(platform).some((m) => m.to === '13900000077' && m.text.includes(sent.body.receipt.reference))).toBe(true);
    const audit = await itemsOf(draft.id, 'AUDIT#');
    expect(audit.find((a) => a.action?.S === 'submitted')?.actorName?.S).toBe('李敏');
  });
});
