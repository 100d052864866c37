/**
 * The first loop, both halves, in Chromium: a citizen's application reaches the district's staff, who
 * ask for two corrections at once; the citizen fixes both in one go and resubmits; staff accept, record
 * the assessment, run the public notice, approve and post the card; the citizen sees the certificate
 * and tracking numbers, has the SMS, and rates the service. axe checks every staff page; the queue is
 * also worked with the keyboard alone. (Filling in the application itself in the browser is the
 * guardian journey's test; here it is submitted through the API to keep the run short.)
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { endNoticeEarly, tableClient } from '../support/table.js';
import type { Platform } from '../../local/platform.js';
import { zhCN as T } from '../../web/src/locales/zh-CN.js';
import { en } from '../../web/src/locales/en.js';
import { translateFieldError } from '../../functions/shared/i18n.js';
import { signIn, sinkMessages, startTestPlatform, type Client } from '../support/test-platform.js';
import { completeSelfAnswers, readyToSubmit, uniqueKey, uploadDocument } from '../support/applications.js';
import { fictitiousIdNumber } from '../support/fixtures.js';
import { heicPhoto, jpegBytes } from '../support/files.js';
import { expectNoAxeViolations, launchBrowser, smallTargets } from './browser.js';
import { pointerDriver } from './drivers.js';
import { signedInAs } from './sessions.js';

let platform: Platform;
let browser: Browser;
let dynamo: DynamoDBClient;
const files = mkdtempSync(join(tmpdir(), 'onevisit-staff-'));

beforeAll(async () => {
  platform = await startTestPlatform({ web: true });
  browser = await launchBrowser();
  dynamo = tableClient(platform);
});
afterAll(async () => {
  dynamo?.destroy();
  await browser?.close();
  await platform?.stop();
});

const t = (text: string, params: Record<string, string | number> = {}) => text.replace(/\{\{(\w+)\}\}/g, (_m, k: string) => String(params[k] ?? ''));

async function heading(page: Page, name: string | RegExp) {
  await page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 15_000 });
}

async function check(page: Page, where: string, minTarget = 24) {
  await expectNoAxeViolations(page, where);
  expect(await smallTargets(page, minTarget), `targets on ${where}`).toEqual([]);
}

const desktop = { lang: 'zh-CN', viewport: { width: 1024, height: 900 } } as const;

/** A Kaifu application submitted through the API, for a person of its own. */
async function submittedApplication(citizen: Client, sequence: string) {
  const idNumber = fictitiousIdNumber('1968-04-12', sequence);
  const draft = await readyToSubmit(citizen, { ...completeSelfAnswers, personName: '张桂兰', personIdNumber: idNumber });
  // A phone photo of a medical report, as iPhones take them.
  expect((await uploadDocument(citizen, draft.id, 'medicalRecords', heicPhoto(), 'image/heic', 'IMG_2041.HEIC')).status).toBe(200);
  const receipt = await citizen.call('POST', `/applications/${draft.id}/submit`, { version: draft.version }, { 'idempotency-key': uniqueKey() });
  expect(receipt.status).toBe(201);
  return { id: draft.id, reference: receipt.body.receipt.reference as string, idNumber };
}

async function decide(page: Page, action: keyof typeof T.staff.actions) {
  const form = page.getByRole('form', { name: T.staff.actions[action] });
  await form.getByRole('button', { name: T.staff.actions[action], exact: true }).click();
  await page.getByText(t(T.staff.done, { action: T.staff.actions[action] })).waitFor({ timeout: 15_000 });
}

describe('staff take an application from submission to a card in the post', () => {
  it('corrections, acceptance, assessment, notice, approval and shipping; the citizen follows every step and rates it', async () => {
    const citizenApi = await signIn(platform, '13900000001');
    const app = await submittedApplication(citizenApi, '201');

    // Staff: the queue, then the matter.
    const staff = await signedInAs(browser, platform, '13800000101', { ...desktop, landing: T.staff.queueTitle });
    const { page } = staff;
    await page.getByRole('link', { name: T.staff.nav, exact: true }).click();
    await heading(page, T.staff.queueTitle);
    await page.getByRole('link', { name: app.reference, exact: true }).waitFor();
    await expect(page.getByText(app.idNumber).count()).resolves.toBe(0);
    await check(page, 'staff queue');
    await page.getByRole('link', { name: app.reference, exact: true }).click();
    await heading(page, t(T.staff.viewTitle, { reference: app.reference }));
    await expect(page.getByText(app.idNumber).count()).resolves.toBe(0);
    await check(page, 'staff application view');

    // The ID number is masked until revealed; the reveal is in the audit trail.
    await page.getByRole('button', { name: new RegExp(`${T.staff.reveal}.*${T.form.personIdNumber}`) }).click();
    await page.getByText(app.idNumber, { exact: true }).waitFor();
    // The button is gone; focus stays on the number it showed, not lost to the page.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(app.idNumber);
    await page.getByRole('region', { name: T.staff.audit }).getByText(T.staff.auditActions.revealed, { exact: false }).waitFor();

    // A document opens inline through a short-lived link.
    await page.getByRole('button', { name: new RegExp(`^${T.staff.viewDocument.replace('{{name}}', 'photo')}`) }).first().click();
    await page.getByRole('img', { name: new RegExp(T.materials.kind.photo) }).waitFor();
    // A HEIC photo, which Chromium cannot show itself, is shown as a JPEG made from it.
    await page.getByRole('button', { name: t(T.staff.viewDocument, { name: 'IMG_2041.HEIC' }) }).click();
    const heic = page.getByRole('img', { name: t(T.common.labelled, { label: T.materials.kind.medicalRecords, value: 'IMG_2041.HEIC' }) });
    await heic.waitFor();
    await expect.poll(() => heic.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0))).toBe(64);

    // 一次性告知: two corrections in one batch; first an empty submission to see the errors listed.
    const corrections = page.getByRole('form', { name: T.staff.actions.requestCorrection });
    await corrections.getByRole('button', { name: T.staff.actions.requestCorrection, exact: true }).click();
    await page.getByRole('alert').first().waitFor();
    await check(page, 'correction request with errors');
    await corrections.getByLabel(T.staff.subject, { exact: true }).first().selectOption('photo');
    await corrections.getByLabel(T.staff.note, { exact: true }).first().fill('照片背景不是白色，请换一张白底照片');
    await corrections.getByRole('button', { name: T.staff.addItem }).click();
    await corrections.getByLabel(T.staff.subject, { exact: true }).nth(1).selectOption('answers');
    await corrections.getByLabel(T.staff.note, { exact: true }).nth(1).fill('现住址缺少门牌号');
    await decide(page, 'requestCorrection');
    await page.getByText(T.status.awaiting_correction.label).first().waitFor();

    // The citizen sees the whole list and fixes both in one go.
    const citizen = await signedInAs(browser, platform, '13900000001', { ...desktop, landing: T.mine.title });
    const cp = citizen.page;
    await cp.goto(`${platform.webUrl}/applications/${app.id}`);
    await heading(cp, T.detail.title);
    const list = cp.getByRole('region', { name: t(T.follow.correctionsTitle, { count: 2 }) });
    await list.getByText('照片背景不是白色，请换一张白底照片').waitFor();
    await list.getByText('现住址缺少门牌号').waitFor();
    await check(cp, 'citizen detail with corrections');
    await list.getByRole('link', { name: T.follow.resubmit }).click();
    await heading(cp, T.form.steps.person);
    await cp.getByRole('button', { name: T.common.continue, exact: true }).click();
    await heading(cp, T.form.steps.address);
    await cp.getByLabel(T.form.currentAddress, { exact: true }).fill('长沙市开福区芙蓉中路一段1号3栋201');
    await cp.getByRole('button', { name: T.common.continue, exact: true }).click();
    await heading(cp, T.form.steps.delivery);
    await cp.getByRole('button', { name: T.common.continue, exact: true }).click();
    await heading(cp, T.form.steps.documents);
    // The photo staff found wanting does not count as its correction: going on without a new one is refused, and said why.
    await cp.getByRole('button', { name: T.common.continue, exact: true }).click();
    await cp.getByRole('alert').getByText(translateFieldError({ code: 'error.correction.newFileNeeded', field: 'documents.photo', name: T.materials.kind.photo }, 'zh-CN')).waitFor();
    await check(cp, 'documents step, correction still to make');
    const photoPath = join(files, 'white-background.jpg');
    writeFileSync(photoPath, jpegBytes());
    const photos = cp.getByRole('region', { name: T.materials.kind.photo });
    await photos.getByRole('button', { name: `${T.documents.remove}` }).first().click();
    const [chooser] = await Promise.all([cp.waitForEvent('filechooser'), photos.getByRole('button', { name: new RegExp(T.documents.choose) }).click()]);
    await chooser.setFiles([photoPath]);
    await photos.locator('li', { hasText: 'white-background.jpg' }).getByText(T.documents.received, { exact: true }).waitFor({ timeout: 15_000 });
    await cp.getByRole('button', { name: T.common.continue, exact: true }).click();
    await heading(cp, T.form.steps.consent);
    await cp.getByRole('button', { name: T.common.continue, exact: true }).click();
    await heading(cp, T.check.title);
    await cp.getByRole('button', { name: T.follow.resubmit, exact: true }).click();
    await heading(cp, T.detail.title);
    await cp.getByText(T.follow.resubmitted).waitFor();

    // Staff: accept, assess, notice, approve, post.
    await page.reload();
    await heading(page, t(T.staff.viewTitle, { reference: app.reference }));
    await page.getByText(T.status.submitted.label).first().waitFor();
    await decide(page, 'accept');
    await check(page, 'staff view, accepted (assessment form)');
    const schedule = page.getByRole('form', { name: T.staff.actions.scheduleAssessment });
    await schedule.getByLabel(T.staff.institution, { exact: true }).selectOption('kf-1');
    await schedule.getByLabel(T.staff.when, { exact: true }).fill('2099-01-05T09:30');
    await decide(page, 'scheduleAssessment');
    const assessment = page.getByRole('form', { name: T.staff.actions.recordAssessment });
    await assessment.getByLabel(T.staff.grade, { exact: true }).selectOption('2');
    await decide(page, 'recordAssessment');
    await check(page, 'staff view, assessed');
    await page.getByRole('form', { name: T.staff.actions.startNotice }).getByLabel(T.staff.community, { exact: true }).fill('芙蓉中路社区');
    await decide(page, 'startNotice');
    // The notice text to post: masked name, community, category and grade, never the ID number.
    const record = page.getByRole('region', { name: T.staff.record.title });
    const noticeText = record.locator('blockquote');
    await noticeText.getByText('芙蓉中路社区', { exact: false }).waitFor();
    expect(await noticeText.textContent()).toContain(`${T.categoryShort['4']}残疾${T.grade['2']}`);
    expect(await noticeText.textContent()).not.toContain('张桂兰');
    expect(await record.textContent()).not.toContain(app.idNumber);
    // Five working days pass.
    await endNoticeEarly(dynamo, platform, app.id);
    await page.reload();
    await heading(page, t(T.staff.viewTitle, { reference: app.reference }));
    await decide(page, 'endNotice');
    await decide(page, 'approve');
    await decide(page, 'produceCard');
    await check(page, 'staff view, card produced (posting form)');
    await page.getByRole('form', { name: T.staff.actions.ship }).getByLabel(T.staff.trackingNumber, { exact: true }).fill('EMS1234567890');
    await decide(page, 'ship');
    await decide(page, 'confirmDelivery');
    await page.getByText(T.status.completed.label).first().waitFor();
    await check(page, 'staff view, completed');

    // The citizen: the certificate and the tracking number, the SMS, and the rating.
    await cp.reload();
    await heading(cp, T.detail.title);
    const certificate = cp.getByRole('region', { name: T.follow.certificate });
    await certificate.getByText(`${app.idNumber}42`, { exact: true }).waitFor();
    await certificate.getByText('EMS1234567890', { exact: true }).waitFor();
    await platform.drainNotifications();
    const texts = sinkMessages(platform).filter((m) => m.to === '13900000001' && !m.dedupeKey.startsWith('otp:'));
    expect(texts.some((m) => m.text.includes('EMS1234567890'))).toBe(true);
    expect(texts.filter((m) => m.text.includes(app.reference) && m.text.includes('项需补正'))).toHaveLength(1);
    const rating = cp.getByRole('region', { name: T.follow.rateTitle });
    await rating.getByRole('button', { name: T.follow.rateSend }).click();
    await cp.getByRole('alert').first().waitFor();
    await check(cp, 'rating with an error');
    await rating.getByLabel(T.follow.rateLevels['5'], { exact: true }).check();
    await rating.getByLabel(T.follow.rateComment, { exact: true }).fill('一趟都没跑就拿到了证');
    await rating.getByRole('button', { name: T.follow.rateSend }).click();
    await cp.getByText(t(T.follow.rated, { level: T.follow.rateLevels['5'] })).waitFor();
    await check(cp, 'citizen detail, rated');

    await cp.getByRole('link', { name: T.certificates.title, exact: true }).click();
    await heading(cp, T.certificates.title);
    await cp.getByText(`${app.idNumber}42`, { exact: true }).waitFor();
    await check(cp, 'my certificates');

    // The card is lost: a reissue from the certificate page, with the signed statement instead of a police report.
    const card = cp.getByRole('form', { name: `${T.certificates.start} ${app.idNumber}42` });
    await card.getByLabel(T.matter.reissue, { exact: true }).check();
    await card.getByRole('button', { name: T.certificates.go, exact: true }).click();
    await heading(cp, T.matter.reissue);
    await expect(cp.getByLabel(T.matterForm.address, { exact: true }).inputValue()).resolves.toBe(completeSelfAnswers.deliveryAddress);
    await cp.getByRole('button', { name: T.matterForm.submit, exact: true }).click();
    await cp.getByRole('alert').first().waitFor();
    await check(cp, 'reissue form with errors');
    const reissuePhoto = cp.getByRole('region', { name: T.materials.kind.photo });
    const [photoChooser] = await Promise.all([cp.waitForEvent('filechooser'), reissuePhoto.getByRole('button', { name: new RegExp(T.documents.choose) }).click()]);
    await photoChooser.setFiles([photoPath]);
    await reissuePhoto.getByText(T.documents.received, { exact: true }).first().waitFor({ timeout: 15_000 });
    await cp.getByLabel(T.matterForm.lossPromise, { exact: true }).check();
    await cp.getByLabel(T.matterForm.consent, { exact: true }).check();
    await cp.getByRole('button', { name: T.matterForm.submit, exact: true }).click();
    await heading(cp, T.receipt.title);
    const reissueReference = (await cp.getByTestId('reference').innerText()).trim();

    await page.goto(`${platform.webUrl}/staff?matter=reissue`);
    await page.getByRole('link', { name: reissueReference, exact: true }).click();
    await heading(page, t(T.staff.viewTitle, { reference: reissueReference }));
    await decide(page, 'accept');
    await decide(page, 'approve');
    await cp.goto(`${platform.webUrl}/certificates`);
    await heading(cp, T.certificates.title);
    await cp.getByText(`${app.idNumber}42B1`, { exact: true }).waitFor();
    await cp.getByText(T.certificates.status.replaced).waitFor();

    expect([...staff.errors, ...citizen.errors]).toEqual([]);
    expect([...staff.focusLosses, ...citizen.focusLosses]).toEqual([]);
    await staff.context.close();
    await citizen.context.close();
  });

  it('lets staff work the queue with the keyboard alone: filter, open, claim, accept', async () => {
    const citizenApi = await signIn(platform, '13900000002');
    const app = await submittedApplication(citizenApi, '202');
    const { context, page, errors, focusLosses } = await signedInAs(browser, platform, '13800000105', { ...desktop, landing: T.staff.queueTitle });
    await page.goto(`${platform.webUrl}/staff`);
    await heading(page, T.staff.queueTitle);

    const tabTo = async (target: ReturnType<Page['getByRole']>, what: string) => {
      await target.waitFor();
      for (let i = 0; i < 200; i++) {
        if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`could not reach ${what} with Tab`);
    };
    await tabTo(page.getByLabel(T.staff.status, { exact: true }), 'status filter');
    // Down to "已提交，等待审核", the second option.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel(T.staff.status, { exact: true }).inputValue()).resolves.toBe('submitted');
    await tabTo(page.getByRole('button', { name: T.staff.apply, exact: true }), 'filter button');
    await page.keyboard.press('Enter');
    await page.waitForURL(/status=submitted/);
    const link = page.getByRole('link', { name: app.reference, exact: true });
    await tabTo(link, 'the application link');
    await page.keyboard.press('Enter');
    await heading(page, t(T.staff.viewTitle, { reference: app.reference }));

    await tabTo(page.getByRole('button', { name: T.staff.claim, exact: true }), 'claim button');
    await page.keyboard.press('Enter');
    await page.getByText(t(T.staff.done, { action: T.staff.claim })).waitFor();
    await page.getByText('周强').first().waitFor();
    await tabTo(page.getByRole('form', { name: T.staff.actions.accept }).getByRole('button', { name: T.staff.actions.accept, exact: true }), 'accept button');
    await page.keyboard.press('Enter');
    await page.getByText(t(T.staff.done, { action: T.staff.actions.accept })).waitFor();
    await page.getByText(T.status.accepted.label).first().waitFor();

    await page.goto(`${platform.webUrl}/staff/file`);
    await heading(page, T.staff.fileTitle);
    await check(page, 'file on behalf');
    expect(errors).toEqual([]);
    expect(focusLosses).toEqual([]);
    await context.close();
  });

  it('files 代办 at the counter: going back to a saved step shows the numbers masked, says why, and keeps them', async () => {
    const accountPhone = '13900000031';
    const idNumber = fictitiousIdNumber('1957-09-30', '231');
    const { context, page, errors } = await signedInAs(browser, platform, '13800000105', { ...desktop, landing: T.staff.queueTitle });
    await page.goto(`${platform.webUrl}/staff/file`);
    await heading(page, T.staff.fileTitle);
    await page.getByLabel(T.staff.accountPhone, { exact: true }).fill(accountPhone);
    await page.getByRole('button', { name: T.staff.fileStart, exact: true }).click();

    await heading(page, T.start.title);
    const act = pointerDriver(page);
    for (const choice of [T.start.forWhomSelf, T.common.no, T.categories['4'], T.start.hasIdCardYes, '长沙市天心区']) await act.choose(choice);
    await page.getByRole('button', { name: T.start.showList, exact: true }).click();
    await page.getByRole('button', { name: T.start.begin, exact: true }).click();

    await heading(page, T.form.steps.person);
    await page.getByLabel(T.form.personName, { exact: true }).fill('刘桂芝');
    await page.getByLabel(T.form.personIdNumber, { exact: true }).fill(idNumber);
    await page.getByLabel(T.form.personPhone, { exact: true }).fill(accountPhone);
    await page.getByRole('button', { name: T.common.continue, exact: true }).click();
    await heading(page, T.form.steps.address);
    const applicationId = /applications\/([^/]+)\//.exec(page.url())![1]!;

    // Back to the saved step: the numbers read masked, and the page says a mask left alone keeps the number.
    await page.getByRole('link', { name: T.common.back }).click();
    await heading(page, T.form.steps.person);
    const idField = page.getByLabel(T.form.personIdNumber, { exact: true });
    await expect(idField.inputValue()).resolves.toContain('*');
    await expect(page.getByText(T.form.maskedKept).count()).resolves.toBe(2);
    await check(page, 'person step read back masked');
    await page.getByRole('button', { name: T.common.continue, exact: true }).click();
    await heading(page, T.form.steps.address);

    // The person, who owns the application, still has the whole numbers.
    const person = await signIn(platform, accountPhone);
    const saved = await person.call('GET', `/applications/${applicationId}`);
    expect(saved.status).toBe(200);
    expect(saved.body.application.answers).toMatchObject({ personIdNumber: idNumber, personPhone: accountPhone });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('gives the administrator a staff list and a form to add or move staff, with no axe findings', async () => {
    const { context, page, errors, focusLosses } = await signedInAs(browser, platform, '13800000100', { ...desktop, landing: T.admin.title });
    await page.getByRole('link', { name: T.admin.nav, exact: true }).click();
    await heading(page, T.admin.title);
    await page.getByRole('cell', { name: '138****0101' }).waitFor();
    await page.getByRole('button', { name: T.admin.save, exact: true }).click();
    await page.getByRole('alert').first().waitFor();
    await check(page, 'admin staff page with errors');
    await page.getByLabel(T.admin.phone, { exact: true }).fill('13800000109');
    await page.getByLabel(T.admin.name, { exact: true }).fill('刘洋');
    await page.getByLabel(T.admin.district, { exact: true }).selectOption('430103');
    await page.getByRole('button', { name: T.admin.save, exact: true }).click();
    await page.getByText(t(T.admin.saved, { name: '刘洋' })).waitFor();
    await page.getByRole('rowheader', { name: '刘洋' }).waitFor();

    // The new staff member signs in and has the Tianxin queue; a citizen route's staff page is closed to citizens.
    const newcomer = await signIn(platform, '13800000109');
    expect((await newcomer.call('GET', '/staff/applications')).status).toBe(200);
    const citizen = await signIn(platform, '13900000001');
    expect((await citizen.call('GET', '/admin/staff')).status).toBe(403);
    expect(errors).toEqual([]);
    expect(focusLosses).toEqual([]);
    await context.close();
  });

  it('works in English and in care mode (44-pixel targets): staff accept with a material to follow, the citizen signs the promise by keyboard', async () => {
    const citizenApi = await signIn(platform, '13900000002');
    const app = await submittedApplication(citizenApi, '203');
    const { context, page, errors, focusLosses } = await signedInAs(browser, platform, '13800000101', { ...desktop, lang: 'en', careMode: true, landing: en.staff.queueTitle });
    await page.goto(`${platform.webUrl}/staff`);
    await heading(page, en.staff.queueTitle);
    await check(page, 'staff queue (English, care mode)', 44);
    await page.getByRole('link', { name: app.reference, exact: true }).click();
    await heading(page, t(en.staff.viewTitle, { reference: app.reference }));
    const accept = page.getByRole('form', { name: en.staff.actions.accept });
    await accept.waitFor();
    await check(page, 'staff application view (English, care mode)', 44);
    await accept.getByLabel(en.materials.kind.medicalRecords, { exact: true }).check();
    await accept.getByRole('button', { name: en.staff.actions.accept, exact: true }).click();
    await page.getByText(t(en.staff.done, { action: en.staff.actions.accept })).waitFor();

    // The citizen, in care mode, finds what is still needed and signs the promise with the keyboard alone.
    const citizen = await signedInAs(browser, platform, '13900000002', { ...desktop, lang: 'en', careMode: true, landing: en.mine.title });
    const cp = citizen.page;
    await cp.goto(`${platform.webUrl}/applications/${app.id}`);
    await heading(cp, en.detail.title);
    const deferral = cp.getByRole('region', { name: en.follow.deferralTitle });
    await deferral.getByText(en.materials.kind.medicalRecords, { exact: false }).first().waitFor();
    await check(cp, 'citizen detail with a deferred material (English, care mode)', 44);
    const tabTo = async (target: ReturnType<Page['getByRole']>) => {
      for (let i = 0; i < 200 && !(await target.evaluate((el) => el === document.activeElement).catch(() => false)); i++) await cp.keyboard.press('Tab');
      expect(await target.evaluate((el) => el === document.activeElement)).toBe(true);
    };
    await tabTo(deferral.getByRole('checkbox'));
    await cp.keyboard.press('Space');
    await tabTo(deferral.getByRole('button', { name: en.follow.signPromise, exact: true }));
    await cp.keyboard.press('Enter');
    const signed = deferral.getByText(en.follow.promiseSigned.split(' (')[0]!, { exact: false });
    await signed.waitFor();
    await expect.poll(() => signed.evaluate((el) => el === document.activeElement)).toBe(true);

    expect([...errors, ...citizen.errors]).toEqual([]);
    expect([...focusLosses, ...citizen.focusLosses]).toEqual([]);
    await citizen.context.close();
    await context.close();
  });
});
