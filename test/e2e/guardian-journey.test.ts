/**
 * A parent who has never used the portal applies for their child: signs in with the code from the SMS
 * inbox, answers the start questions, fills in every step, uploads phone photos and PDFs, submits, sees
 * the receipt and the timeline, and finds the SMS. Run four ways: with a pointer, with the keyboard
 * alone, in care mode, and in English. axe checks every page on the way.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Platform } from '../../local/platform.js';
import { zhCN } from '../../web/src/locales/zh-CN.js';
import { en } from '../../web/src/locales/en.js';
import { startTestPlatform, sinkMessages } from '../support/test-platform.js';
import { fictitiousIdNumber } from '../support/fixtures.js';
import { heicBytes, jpegBytes, pdfBytes, pngBytes } from '../support/files.js';
import { translateFieldError } from '../../functions/shared/i18n.js';
import { expectNoAxeViolations, headingOnFirstScreen, launchBrowser, smallTargets, watchFocus } from './browser.js';
import { keyboardDriver, pointerDriver, type Driver } from './drivers.js';

let platform: Platform;
let browser: Browser;
const files = mkdtempSync(join(tmpdir(), 'onevisit-files-'));
const file = (name: string, bytes: Buffer) => {
  const path = join(files, name);
  writeFileSync(path, bytes);
  return path;
};

beforeAll(async () => {
  platform = await startTestPlatform({ web: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

interface Way {
  name: string;
  lang: 'zh-CN' | 'en';
  keyboard: boolean;
  careMode: boolean;
  phone: string;
  /** How the ID number is typed: as stored, in groups as printed, or with a Chinese keyboard's full-width digits. */
  idTyped: 'plain' | 'spaced' | 'fullWidth';
  /** Follow every "Change" link on check-your-answers and come back. */
  changeEverything?: boolean;
}

const typedAs = (id: string, how: Way['idTyped']) =>
  how === 'spaced' ? `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}` : how === 'fullWidth' ? [...id].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('') : id;

async function heading(page: Page, name: string) {
  await page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 15_000 });
}

async function guardianJourney(way: Way) {
  const T = way.lang === 'en' ? en : zhCN;
  const message = (code: string, field: string, name?: string) => translateFieldError({ code, field, ...(name ? { name } : {}) }, way.lang);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: way.lang });
  const focusLosses = await watchFocus(context);
  await context.addInitScript(
    ({ lang, care }) => {
      if (!localStorage.getItem('onevisit.language')) localStorage.setItem('onevisit.language', lang);
      if (!localStorage.getItem('onevisit.careMode')) localStorage.setItem('onevisit.careMode', care ? 'on' : 'off');
    },
    { lang: way.lang, care: way.careMode },
  );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const act: Driver = way.keyboard ? keyboardDriver(page) : pointerDriver(page);
  const minTarget = way.careMode ? 44 : 24;
  const checkPage = async (where: string) => {
    await expectNoAxeViolations(page, `${where} (${way.name})`);
    expect(await smallTargets(page, minTarget), `targets on ${where} (${way.name})`).toEqual([]);
  };

  await page.goto(platform.webUrl);
  await heading(page, T.home.title);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(way.lang);
  expect(await page.evaluate(() => document.documentElement.classList.contains('care'))).toBe(way.careMode);
  await checkPage('home');
  // On a phone the header is compact: the page's heading is on the first screen.
  const home = await headingOnFirstScreen(page);
  expect(home.bottom, `home heading (${way.name})`).toBeLessThanOrEqual(home.screen);
  await act.follow(T.home.start);

  // 一次性告知: the questions, then the whole list of materials.
  await heading(page, T.start.title);
  await act.press(T.start.showList);
  const startErrors = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: T.common.errorSummary.replace('{{count}}', '5') }) });
  await startErrors.waitFor();
  // Each names its question: five different lines, never five times "select one".
  expect(await startErrors.getByRole('link').allInnerTexts()).toEqual(
    ['forWhom', 'isMinor', 'category', 'hasIdCard', 'districtCode'].map((field) => message('error.choose', field)),
  );
  await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
  await checkPage('start page with errors');
  await act.choose(T.start.forWhomOther);
  await act.choose(T.start.actingAsGuardian);
  await act.choose(T.common.yes);
  await act.choose(T.categories['2']);
  await act.choose(T.start.hasIdCardNo);
  await act.choose(way.lang === 'en' ? 'Tianxin District, Changsha' : '长沙市天心区');
  await act.press(T.start.showList);
  await page.getByRole('heading', { name: T.start.listTitle }).waitFor();
  for (const kind of ['hukouPage', 'photo', 'medicalRecords', 'guardianProof', 'agentIdCard'] as const) {
    await expect(page.getByText(T.materials.kind[kind], { exact: true }).count()).resolves.toBe(1);
  }
  await expect(page.getByText(T.materials.kind.idCard, { exact: true }).count()).resolves.toBe(0);
  await checkPage('materials list');
  await act.follow(T.start.signInFirst);

  // Sign in with the code from the SMS inbox, read in a second tab as one reads a phone.
  await heading(page, T.signIn.title);
  await checkPage('sign-in');
  await act.fill(T.signIn.phone, way.phone);
  await act.press(T.signIn.sendCode);
  const codeField = page.getByLabel(T.signIn.code, { exact: true });
  await codeField.waitFor();
  await expect.poll(() => codeField.evaluate((el) => el === document.activeElement)).toBe(true);
  const inbox = await context.newPage();
  await inbox.goto(`${platform.webUrl}/dev/messages`);
  await heading(inbox, T.devMessages.title);
  const masked = `${way.phone.slice(0, 3)}****${way.phone.slice(-4)}`;
  const codeText = await inbox.locator('li', { hasText: masked }).first().innerText();
  const code = codeText.match(/(\d{6})/)![1]!;
  await expectNoAxeViolations(inbox, `SMS inbox (${way.name})`);
  await inbox.close();
  await act.fill(T.signIn.code, code);
  await act.press(T.signIn.submit);

  // Back on the start page, the answers are still there.
  await heading(page, T.start.title);
  await act.press(T.start.showList);
  await page.getByRole('heading', { name: T.start.listTitle }).waitFor();
  await act.press(T.start.begin);

  // Step 1: about the child; a mistake first, to see the error summary.
  await heading(page, T.form.steps.person);
  await act.fill(T.form.personIdNumber, '110105194912310021');
  await act.press(T.common.continue);
  const summary = page.getByRole('alert').filter({ hasText: message('error.idNumber.checksum', 'personIdNumber') });
  await summary.waitFor();
  await summary.getByRole('link', { name: message('error.required', 'personName'), exact: true }).waitFor();
  await summary.getByRole('link', { name: message('error.required', 'agentName'), exact: true }).waitFor();
  await checkPage('person step with errors');
  await act.fill(T.form.personName, '阿依古丽·买买提');
  // Typed as printed on the card or with a Chinese keyboard: accepted and read the same.
  await act.fill(T.form.personIdNumber, typedAs(fictitiousIdNumber('2019-03-08'), way.idTyped));
  await page.getByText(/2019-03-08/).waitFor();
  await act.choose(T.form.relationships.parent);
  await act.fill(T.form.agentName, '买买提·艾力');
  await act.fill(T.form.agentPhone, way.phone);
  await act.press(T.common.continue);

  await heading(page, T.form.steps.address);
  await act.fill(T.form.hukouAddress, '长沙市天心区劳动西路1号');
  await act.fill(T.form.hukouDistrictName, '长沙市天心区');
  await act.fill(T.form.currentAddress, '长沙市天心区劳动西路1号2栋301');
  await checkPage('address step');
  await act.press(T.common.continue);

  await heading(page, T.form.steps.delivery);
  await act.choose(T.form.deliveryExpress);
  await expect(page.getByLabel(T.form.deliveryAddress, { exact: true }).inputValue()).resolves.toBe('长沙市天心区劳动西路1号2栋301');
  await checkPage('delivery step');
  await act.press(T.common.continue);

  // Uploads: a phone photo (HEIC), scans and a PDF; each counts only once the server says "received".
  await heading(page, T.form.steps.documents);
  const uploads: [keyof typeof T.materials.kind, string][] = [
    ['hukouPage', file('hukou.jpg', jpegBytes())],
    ['photo', file('IMG_0001.HEIC', heicBytes())],
    ['guardianProof', file('出生证明.pdf', pdfBytes())],
    ['agentIdCard', file('my-id.png', pngBytes())],
    ['agentIdCard', file('my-id-back.jpg', jpegBytes())],
  ];
  for (const [kind, path] of uploads) {
    await act.upload(`${T.documents.choose} — ${T.materials.kind[kind]}`, [path]);
    const section = page.getByRole('region', { name: T.materials.kind[kind] });
    await section.getByText(path.split('/').pop()!, { exact: true }).waitFor({ timeout: 15_000 });
  }
  // The second side of the ID card was the last file allowed: its button went, and focus went to the message saying it arrived.
  const agentSection = page.getByRole('region', { name: T.materials.kind.agentIdCard });
  await expect(agentSection.getByRole('button', { name: new RegExp(T.documents.choose) }).count()).resolves.toBe(0);
  await expect.poll(() => agentSection.locator('.upload-message').evaluate((el) => el === document.activeElement)).toBe(true);
  await checkPage('documents step');
  await act.press(T.common.continue);

  await heading(page, T.form.steps.consent);
  await act.press(T.common.continue);
  await page.getByRole('alert').filter({ hasText: message('error.consent', 'consent') }).waitFor();
  await act.check(T.form.consent);
  await checkPage('consent step');
  await act.press(T.common.continue);

  await heading(page, T.check.title);
  await expect(page.getByText('阿依古丽·买买提').count()).resolves.toBeGreaterThan(0);
  await expect(page.getByText(fictitiousIdNumber('2019-03-08'), { exact: true }).count()).resolves.toBe(1);
  await checkPage('check your answers');
  if (way.changeEverything) await changeEveryAnswer(page, T);
  await act.press(T.check.submit);

  await heading(page, T.receipt.title);
  const reference = (await page.getByTestId('reference').innerText()).trim();
  expect(reference).toMatch(/^XB-\d{4}-\d{6}$/);
  await checkPage('receipt');
  await act.follow(T.receipt.view);

  await heading(page, T.detail.title);
  await page.getByText(T.status.submitted.label).first().waitFor();
  await page.getByText(`${T.detail.actorCitizen} ${T.timeline.submitted}`, { exact: false }).waitFor();
  await checkPage('application detail');

  await platform.drainNotifications();
  const sms = sinkMessages(platform).filter((m) => m.to === way.phone && m.text.includes(reference));
  expect(sms).toHaveLength(1);
  await act.navigate(T.nav.messages, T.nav.menu);
  await heading(page, T.devMessages.title);
  await page.getByText(reference, { exact: false }).first().waitFor();

  await act.navigate(T.nav.notices, T.nav.menu);
  await heading(page, T.notices.title);
  await page.getByText(reference, { exact: false }).first().waitFor();
  await checkPage('notices');

  await act.navigate(T.nav.mine, T.nav.menu);
  await heading(page, T.mine.title);
  await page.getByText(reference).first().waitFor();
  await checkPage('my applications');

  if (way.keyboard) {
    await act.press(T.nav.menu);
  } else await page.getByRole('button', { name: T.nav.menu, exact: true }).click();
  await checkPage('menu open');
  await act.press(T.nav.signOutNamed.replace('{{phone}}', masked));
  await heading(page, T.home.title);
  await expect(page.locator('nav a[href="/sign-in"]').count()).resolves.toBe(1);
  await page.goto(`${platform.webUrl}/applications`);
  await heading(page, T.signIn.title);

  expect(errors).toEqual([]);
  expect(focusLosses, `focus fell to the page (${way.name})`).toEqual([]);
  await context.close();
}

/**
 * Every "Change" link on check-your-answers opens the page that asks that question, with focus on the
 * question itself; saving goes straight back to check-your-answers.
 */
async function changeEveryAnswer(page: Page, T: typeof zhCN) {
  const links = page.locator('a.change-link');
  const count = await links.count();
  expect(count).toBeGreaterThan(10);
  for (let i = 0; i < count; i++) {
    const link = links.nth(i);
    const hash = new URL((await link.getAttribute('href'))!, 'http://x').hash.slice(1);
    await link.click();
    await page.getByRole('button', { name: T.common.continue, exact: true }).waitFor();
    if (hash) {
      // The question named in the address holds focus: its input, or the group holding it.
      await expect
        .poll(() => page.evaluate((id) => { const field = document.getElementById(id); const active = document.activeElement; return !!field && !!active && (field === active || field.contains(active) || active.contains(field) || active.closest('label') === field); }, hash), { message: `focus on ${hash}` })
        .toBe(true);
    }
    await page.getByRole('button', { name: T.common.continue, exact: true }).click();
    await heading(page, T.check.title);
  }
}

describe('a guardian applies for a child, start to receipt', () => {
  it('with a pointer, in Chinese; every change link leads to its question and back', async () => {
    await guardianJourney({ name: 'pointer zh-CN', lang: 'zh-CN', keyboard: false, careMode: false, phone: '13900000031', idTyped: 'plain', changeEverything: true });
  });

  it('with the keyboard alone, the ID number typed in groups as printed', async () => {
    await guardianJourney({ name: 'keyboard', lang: 'zh-CN', keyboard: true, careMode: false, phone: '13900000032', idTyped: 'spaced' });
  });

  it('in care mode, with 44-pixel targets, the ID number in full-width digits', async () => {
    await guardianJourney({ name: 'care mode', lang: 'zh-CN', keyboard: false, careMode: true, phone: '13900000033', idTyped: 'fullWidth' });
  });

  it('in English', async () => {
    await guardianJourney({ name: 'English', lang: 'en', keyboard: false, careMode: false, phone: '13900000034', idTyped: 'plain' });
  });
});
