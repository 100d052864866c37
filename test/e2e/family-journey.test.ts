/**
 * Family access in Chromium (issue 13): a father links his account to himself and invites his daughter;
 * she accepts with the code from her SMS (in English, in care mode), follows his matter from her home,
 * uploads the corrected photo and resubmits it as herself, and gets the SMS; he ends her help and her
 * next click is refused politely.
 * axe checks every page on the way, in both languages and in care mode; focus is never lost.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Platform } from '../../local/platform.js';
import { zhCN } from '../../web/src/locales/zh-CN.js';
import { en } from '../../web/src/locales/en.js';
import { signIn, startTestPlatform, type Client } from '../support/test-platform.js';
import { fictitiousIdNumber } from '../support/fixtures.js';
import { jpegBytes } from '../support/files.js';
import { awaitingPhoto, latestSms } from '../support/family.js';
import { expectNoAxeViolations, launchBrowser, smallTargets, type FocusLoss } from './browser.js';
import { navigate } from './drivers.js';
import { signedInAs } from './sessions.js';

let platform: Platform;
let browser: Browser;
let son: Client;
let staff: Client;
const files = mkdtempSync(join(tmpdir(), 'onevisit-family-'));
const fill = (text: string, params: Record<string, string | number> = {}) => text.replace(/\{\{(\w+)\}\}/g, (_m, k: string) => String(params[k] ?? ''));

beforeAll(async () => {
  platform = await startTestPlatform({ web: true });
  browser = await launchBrowser();
  [son, staff] = await Promise.all([signIn(platform, '13900000001'), signIn(platform, '13800000101')]);
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 15_000 });

async function check(page: Page, where: string, minTarget: number) {
  await expectNoAxeViolations(page, where);
  expect(await smallTargets(page, minTarget), `targets on ${where}`).toEqual([]);
}

describe('a daughter helps her father with his matter', () => {
  it('is invited, accepts, uploads the corrected photo as herself and gets the SMS; once he ends it her next click is refused politely', async () => {
    const T = zhCN;
    const idNumber = fictitiousIdNumber('1948-04-04', '611');
    const fatherPhone = '13700006110';
    const daughterPhone = '13700006111';
    const matter = await awaitingPhoto(son, staff, idNumber, fatherPhone);
    const losses: FocusLoss[][] = [];

    // The father, in Chinese: links his account to himself, then invites his daughter.
    const father = await signedInAs(browser, platform, fatherPhone, { lang: 'zh-CN' });
    losses.push(father.focusLosses);
    const fp = father.page;
    await navigate(fp, 'zh-CN', T.family.nav);
    await heading(fp, T.family.title);
    await check(fp, 'people I help, not linked', 24);
    await fp.getByRole('link', { name: T.family.linkTitle }).click();
    await heading(fp, T.family.linkTitle);
    await fp.getByLabel(T.family.ownIdNumber, { exact: true }).fill(idNumber);
    await fp.getByLabel(T.family.ownName, { exact: true }).fill('王建国');
    await fp.getByRole('button', { name: T.family.sendCode, exact: true }).click();
    await expect.poll(() => fp.evaluate(() => document.activeElement?.id)).toBe('field-code');
    await check(fp, 'link my account, code sent', 24);
    await fp.getByLabel(T.family.code, { exact: true }).fill((await latestSms(platform, fatherPhone, 'linkCode'))!.params.code!);
    await fp.getByRole('button', { name: T.family.linkButton, exact: true }).click();
    await heading(fp, T.family.title);
    await fp.getByText(T.family.linked).waitFor();
    await fp.getByRole('heading', { name: fill(T.family.myself, { name: '王建国' }) }).waitFor();

    await fp.getByRole('link', { name: new RegExp(T.family.invite) }).click();
    await heading(fp, T.family.inviteTitle);
    // Sent empty of consent: the refusal is listed and names the box.
    await fp.getByRole('button', { name: T.family.sendInvite, exact: true }).click();
    await fp.getByRole('alert').first().waitFor();
    await check(fp, 'invite, with errors', 24);
    await fp.getByLabel(T.family.delegateName, { exact: true }).fill('李娜');
    await fp.getByLabel(T.family.delegatePhone, { exact: true }).fill(daughterPhone);
    await fp.getByLabel(T.family.relationshipLabel, { exact: true }).selectOption('daughter');
    await fp.getByLabel(new RegExp(`^${T.family.scope.act}`)).check();
    await fp.getByLabel(new RegExp(`^${T.family.scope.receive}`)).check();
    // The consent text follows the scopes chosen.
    await fp.getByText(T.family.consent.act).waitFor();
    await fp.getByLabel(T.family.agree, { exact: true }).check();
    await fp.getByRole('button', { name: T.family.sendInvite, exact: true }).click();
    await heading(fp, T.family.title);
    await fp.getByText(fill(T.family.inviteSent, { phone: '137****6111' })).waitFor();
    await fp.getByText(T.family.state.invited).waitFor();
    await check(fp, 'people I help, invitation sent', 24);

    // The daughter, in English and care mode: the invitation is on her home; she accepts with the SMS code.
    const E = en;
    const daughter = await signedInAs(browser, platform, daughterPhone, { lang: 'en', careMode: true });
    losses.push(daughter.focusLosses);
    const dp = daughter.page;
    await navigate(dp, 'en', E.nav.home);
    await dp.getByText(fill(E.family.invitationsWaiting, { count: 1 })).waitFor();
    await check(dp, 'home with an invitation (en, care)', 44);
    await dp.getByRole('link', { name: E.family.seeInvitations }).click();
    await heading(dp, E.family.title);
    await dp.getByRole('heading', { name: fill(E.family.invitedBy, { name: '王**', relationship: E.family.relationship.daughter }) }).waitFor();
    await check(dp, 'invitation (en, care)', 44);
    await dp.getByLabel(E.family.code, { exact: true }).fill((await latestSms(platform, daughterPhone, 'delegationInvite'))!.params.code!);
    await dp.getByRole('button', { name: E.family.accept, exact: true }).click();
    await dp.getByText(fill(E.family.accepted, { name: '王**' })).waitFor();
    await expect.poll(() => dp.evaluate(() => document.activeElement?.textContent)).toContain(fill(E.family.accepted, { name: '王**' }));
    await dp.getByRole('link', { name: new RegExp(matter.reference) }).waitFor();
    await check(dp, 'people I help, helping (en, care)', 44);

    // Her home lists his open matter; she opens it, fixes the photo and resubmits it.
    await navigate(dp, 'en', E.nav.home);
    await dp.getByRole('link', { name: new RegExp(matter.reference) }).click();
    await heading(dp, E.detail.title);
    await check(dp, 'his matter, corrections asked (en, care)', 44);
    await dp.getByRole('link', { name: E.follow.resubmit }).click();
    await heading(dp, E.form.steps.documents);
    const photo = join(files, 'white-background.jpg');
    writeFileSync(photo, jpegBytes());
    const photos = dp.getByRole('region', { name: E.materials.kind.photo });
    await photos.getByRole('button', { name: E.documents.remove }).first().click();
    const [chooser] = await Promise.all([dp.waitForEvent('filechooser'), photos.getByRole('button', { name: new RegExp(E.documents.choose) }).click()]);
    await chooser.setFiles([photo]);
    await photos.locator('li', { hasText: 'white-background.jpg' }).getByText(E.documents.received, { exact: true }).waitFor({ timeout: 15_000 });
    await dp.getByRole('button', { name: E.common.continue, exact: true }).click();
    await heading(dp, E.form.steps.consent);
    await dp.getByRole('button', { name: E.common.continue, exact: true }).click();
    await heading(dp, E.check.title);
    await dp.getByRole('button', { name: E.follow.resubmit, exact: true }).click();
    await heading(dp, E.detail.title);
    await dp.getByText(E.follow.resubmitted).waitFor();
    // The timeline names her as the one who uploaded.
    await dp.getByText(`李娜 (daughter) ${fill(E.timeline.documentReceived, { kind: E.materials.kind.photo })}`, { exact: false }).first().waitFor();
    const sms = await latestSms(platform, daughterPhone, 'resubmitted');
    expect(sms?.params.reference).toBe(matter.reference);
    expect(sms?.language).toBe('en');

    // Her home still shows the link when her father ends the help in his own browser.
    await navigate(dp, 'en', E.nav.home);
    const link = dp.getByRole('link', { name: new RegExp(matter.reference) });
    await link.waitFor();
    await fp.reload();
    await heading(fp, T.family.title);
    await fp.getByRole('button', { name: new RegExp(`^${T.family.end}.*李娜`) }).click();
    await fp.getByRole('group').getByRole('button', { name: T.family.end, exact: true }).click();
    await expect.poll(() => fp.evaluate(() => document.activeElement?.textContent)).toBe(T.family.ended);
    await check(fp, 'people I help, help ended', 24);

    await link.click();
    await heading(dp, E.detail.title);
    await dp.getByRole('alert').getByText(E.family.gone).waitFor();
    await expect(dp.getByText(E.detail.timeline).count()).resolves.toBe(0);
    await check(dp, 'his matter after the help ended (en, care)', 44);

    expect([...father.errors, ...daughter.errors]).toEqual([]);
    expect(losses.flat()).toEqual([]);
    await Promise.all([father.context.close(), daughter.context.close()]);
  });
});

describe('at the counter', () => {
  it('staff see who may act for the person and record a delegation signed on paper, with its scan', async () => {
    const T = zhCN;
    const matter = await awaitingPhoto(son, staff, fictitiousIdNumber('1947-07-07', '613'), '13700006130');
    const worker = await signedInAs(browser, platform, '13800000101', { lang: 'zh-CN', viewport: { width: 1024, height: 844 } });
    const page = worker.page;
    await page.goto(`${platform.webUrl}/staff/applications/${matter.id}`);
    await heading(page, fill(T.staff.viewTitle, { reference: matter.reference }));
    const helpers = page.getByRole('region', { name: T.family.staffHelpers });
    await helpers.getByText(T.family.noHelpers).waitFor();
    await helpers.getByText(T.family.paper.title).click();
    await check(page, 'staff matter, paper delegation form', 24);
    const scan = join(files, 'signed-form.jpg');
    writeFileSync(scan, jpegBytes());
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), helpers.getByRole('button', { name: T.family.paper.addScan }).click()]);
    await chooser.setFiles([scan]);
    await helpers.getByText(fill(T.family.paper.scanReceived, { name: 'signed-form.jpg' })).first().waitFor({ timeout: 15_000 });
    await helpers.getByLabel(T.family.paper.grantor.guardian, { exact: true }).check();
    await helpers.getByLabel(T.family.paper.grantorName, { exact: true }).fill('王小明');
    await helpers.getByLabel(T.family.delegateName, { exact: true }).fill('王芳');
    await helpers.getByLabel(T.family.delegatePhone, { exact: true }).fill('13700006131');
    await helpers.getByLabel(T.family.relationshipLabel, { exact: true }).selectOption('daughterInLaw');
    await helpers.getByRole('button', { name: T.family.paper.record, exact: true }).click();
    await helpers.getByText(T.family.paper.recorded).waitFor();
    await helpers.getByText(`王芳（${T.family.relationship.daughterInLaw}）`).waitFor();
    await helpers.getByText(T.family.atCounter, { exact: false }).waitFor();
    await check(page, 'staff matter, paper delegation recorded', 24);
    expect((await latestSms(platform, '13700006131', 'delegationRecorded'))?.to).toBe('13700006131');
    expect(worker.errors).toEqual([]);
    expect(worker.focusLosses).toEqual([]);
    await worker.context.close();
  });
});
