import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { endNoticeEarly, tableClient } from '../support/table.js';
import type { Platform } from '../../local/platform.js';
import { signIn, sinkMessages, startTestPlatform, type Client } from '../support/test-platform.js';
import { completeSelfAnswers, readyToSubmit, uniqueKey, uploadDocument } from '../support/applications.js';
import { jpegBytes } from '../support/files.js';
import { fictitiousIdNumber } from '../support/fixtures.js';
import { dynamoMatterStore } from '../../functions/adapters/matter-store.js';
import { dynamoDocumentStore } from '../../functions/adapters/document-store.js';
import { dynamoCertificateStore } from '../../functions/adapters/certificate-store.js';
import { dynamoOutbox } from '../../functions/adapters/notice-store.js';
import { sendReminders } from '../../functions/reminders/send-reminders.js';
import { allDistricts } from '../../functions/districts/district-config.js';

let platform: Platform;
let citizen: Client;
let staff: Client;
let dynamo: DynamoDBClient;

beforeAll(async () => {
  platform = await startTestPlatform();
  [citizen, staff] = (await Promise.all([signIn(platform, '13900000002'), signIn(platform, '13800000101')])) as [Client, Client];
  dynamo = tableClient(platform);
});
afterAll(async () => {
  dynamo?.destroy();
  await platform?.stop();
});

const run = (today: string) =>
  sendReminders(
    {
      matters: dynamoMatterStore(dynamo, platform.tableName),
      documents: dynamoDocumentStore(dynamo, platform.tableName),
      certificates: dynamoCertificateStore(dynamo, platform.tableName),
      outbox: dynamoOutbox(dynamo, platform.tableName),
      now: () => new Date(`${today}T01:00:00Z`),
    },
    allDistricts,
  );

async function submitted(sequence: string) {
  const draft = await readyToSubmit(citizen, { ...completeSelfAnswers, personPhone: '13900000002', personIdNumber: fictitiousIdNumber('1955-02-03', sequence) });
  const receipt = await citizen.call('POST', `/applications/${draft.id}/submit`, { version: draft.version }, { 'idempotency-key': uniqueKey() });
  return { id: draft.id, version: receipt.body.receipt.version as number, reference: receipt.body.receipt.reference as string };
}

describe('the daily reminders', () => {
  it('reminds the citizen once before the corrections are due, not earlier, and never twice', async () => {
    const app = await submitted('301');
    const asked = await staff.call('POST', `/staff/applications/${app.id}/decisions`, {
      action: 'requestCorrection',
      version: app.version,
      items: [{ subject: 'photo', note: '请换一张白底照片' }],
    });
    expect(asked.status).toBe(200);
    const dueOn = (await citizen.call('GET', `/applications/${app.id}`)).body.application.corrections.dueOn as string;

    const today = new Date().toISOString().slice(0, 10);
    const early = await run(today);
    expect(early).toBe(0);
    expect(await run(dueOn)).toBe(1);
    expect(await run(dueOn)).toBe(0);

    await platform.drainNotifications();
    const reminders = sinkMessages(platform).filter((m) => m.to === '13900000002' && m.text.includes(app.reference) && m.text.includes(dueOn) && m.dedupeKey.startsWith('reminder.correction'));
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.text).toContain('补正截止日期');
  });

  it('reminds a holder six months before the card expires, once', async () => {
    const app = await submitted('302');
    let version = app.version;
    for (const step of [
      { action: 'accept' },
      { action: 'scheduleAssessment', institutionId: 'kf-1', at: '2099-01-05T09:30', mode: 'homeVisit' },
      { action: 'recordAssessment', components: [{ category: 4, grade: 3 }] },
      { action: 'startNotice', community: '芙蓉中路社区' },
    ]) {
      const result = await staff.call('POST', `/staff/applications/${app.id}/decisions`, { ...step, version });
      expect(result.status, JSON.stringify(result.body)).toBe(200);
      version = result.body.application.version;
    }
    await endNoticeEarly(dynamo, platform, app.id);
    for (const action of ['endNotice', 'approve']) {
      const result = await staff.call('POST', `/staff/applications/${app.id}/decisions`, { action, version });
      expect(result.status, JSON.stringify(result.body)).toBe(200);
      version = result.body.application.version;
    }
    const certificate = (await citizen.call('GET', '/certificates')).body.certificates.find((c: { applicationId: string }) => c.applicationId === app.id);
    const validUntil = certificate.validUntil as string;
    const sevenMonthsBefore = new Date(`${validUntil}T00:00:00Z`);
    sevenMonthsBefore.setUTCMonth(sevenMonthsBefore.getUTCMonth() - 7);
    const fiveMonthsBefore = new Date(`${validUntil}T00:00:00Z`);
    fiveMonthsBefore.setUTCMonth(fiveMonthsBefore.getUTCMonth() - 5);

    expect(await run(sevenMonthsBefore.toISOString().slice(0, 10))).toBe(0);
    expect(await run(fiveMonthsBefore.toISOString().slice(0, 10))).toBe(1);
    expect(await run(fiveMonthsBefore.toISOString().slice(0, 10))).toBe(0);
    await platform.drainNotifications();
    const texts = sinkMessages(platform).filter((m) => m.dedupeKey.startsWith(`reminder.expiry#${certificate.number}`));
    expect(texts).toHaveLength(1);
    expect(texts[0]!.text).toContain(validUntil);
    expect(texts[0]!.text).not.toContain(certificate.number);
  });

  it('warns the staff member holding a matter before its promised deadline, once', async () => {
    const app = await submitted('303');
    const claimed = await staff.call('PUT', `/staff/applications/${app.id}/assignee`, { version: app.version, assigneeUserId: 'demo-staff-13800000101' });
    expect(claimed.status).toBe(200);
    const view = (await staff.call('GET', `/staff/applications/${app.id}`)).body;
    const promisedDue = view.summary.promisedDue as string;
    expect(await run(new Date().toISOString().slice(0, 10))).toBe(0);
    expect(await run(promisedDue)).toBeGreaterThanOrEqual(1);
    expect(await run(promisedDue)).toBe(0);
    await platform.drainNotifications();
    const warnings = sinkMessages(platform).filter((m) => m.to === '13800000101' && m.dedupeKey.startsWith(`reminder.staffDue#${app.id}`));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.text).toContain(app.reference);
  });

  it('reminds about a deferred (容缺) material once while it has not followed, and not once it has arrived', async () => {
    const deferred = async (sequence: string) => {
      const app = await submitted(sequence);
      const accepted = await staff.call('POST', `/staff/applications/${app.id}/decisions`, { action: 'accept', version: app.version, deferredKinds: ['medicalRecords'] });
      expect(accepted.status).toBe(200);
      return { ...app, dueOn: (await citizen.call('GET', `/applications/${app.id}`)).body.application.deferral.dueOn as string };
    };
    const missing = await deferred('304');
    const arrived = await deferred('305');
    // Both sent medical records with the application; only the set sent after acceptance counts.
    expect((await uploadDocument(citizen, arrived.id, 'medicalRecords', jpegBytes(), 'image/jpeg')).status).toBe(200);

    await run(missing.dueOn);
    await run(missing.dueOn);
    await platform.drainNotifications();
    const texts = (id: string) => sinkMessages(platform).filter((m) => m.dedupeKey.startsWith(`reminder.deferral#${id}`));
    expect(texts(missing.id)).toHaveLength(1);
    expect(texts(missing.id)[0]!.text).toContain(missing.dueOn);
    expect(texts(arrived.id)).toHaveLength(0);
  });
});
