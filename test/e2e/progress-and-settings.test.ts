/**
 * 办件查询 without an account, in both languages (care mode in English, at 320 px): a wrong ID digit
 * reads like no matter at all, the right ones give the status and nothing that identifies the person.
 * Message settings with an account: an e-mail address verified by the link it receives, then chosen.
 * axe checks every page; focus is never lost.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Platform } from '../../local/platform.js';
import { zhCN } from '../../web/src/locales/zh-CN.js';
import { en } from '../../web/src/locales/en.js';
import { signIn, sinkMessages, startTestPlatform, type Client } from '../support/test-platform.js';
import { fictitiousIdNumber } from '../support/fixtures.js';
import { awaitingPhoto } from '../support/family.js';
import { expectNoAxeViolations, launchBrowser, smallTargets, watchFocus } from './browser.js';
import { navigate } from './drivers.js';
import { signedInAs } from './sessions.js';

let platform: Platform;
let browser: Browser;
let son: Client;
let staff: Client;
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

describe('without and with an account', () => {
  it('办件查询 answers by reference and ID digits, the same way for wrong digits, in both languages and care mode', async () => {
    const idNumber = fictitiousIdNumber('1950-02-02', '612');
    const matter = await awaitingPhoto(son, staff, idNumber, '13700006120');
    for (const [lang, careMode] of [['zh-CN', false], ['en', true]] as const) {
      const L = lang === 'en' ? en : zhCN;
      const context = await browser.newContext({ viewport: { width: 320, height: 740 }, locale: lang });
      const losses = await watchFocus(context);
      await context.addInitScript(({ language, care }) => {
        localStorage.setItem('onevisit.language', language);
        localStorage.setItem('onevisit.careMode', care ? 'on' : 'off');
      }, { language: lang, care: careMode });
      const page = await context.newPage();
      await page.goto(`${platform.webUrl}/`);
      await page.getByRole('link', { name: L.progress.fromHome }).click();
      await heading(page, L.progress.title);
      await check(page, `progress (${lang})`, careMode ? 44 : 24);
      await page.getByLabel(L.progress.reference, { exact: true }).fill(matter.reference);
      await page.getByLabel(L.progress.idLast6, { exact: true }).fill('000000');
      await page.getByRole('button', { name: L.progress.look, exact: true }).click();
      await page.getByText(L.progress.notFound).waitFor();
      await page.getByLabel(L.progress.idLast6, { exact: true }).fill(idNumber.slice(-6));
      await page.getByRole('button', { name: L.progress.look, exact: true }).click();
      await page.getByText(L.status.awaiting_correction.label).waitFor();
      await expect(page.getByText('王建国').count()).resolves.toBe(0);
      await check(page, `progress found (${lang})`, careMode ? 44 : 24);
      expect(losses).toEqual([]);
      await context.close();
    }
  });

  it('message settings verify an e-mail address by the link sent to it, and then let it be chosen', async () => {
    const person = await signedInAs(browser, platform, '13700006121', { lang: 'en', careMode: true });
    const page = person.page;
    await navigate(page, 'en', en.settings.nav);
    await heading(page, en.settings.title);
    await check(page, 'message settings (en, care)', 44);
    await page.getByLabel(en.settings.emailAddress, { exact: true }).fill('niece@example.com');
    await page.getByRole('button', { name: en.settings.sendLink, exact: true }).click();
    await page.getByText(fill(en.settings.linkSent, { address: 'n***@example.com', hours: 24 }).split(';')[0]!, { exact: false }).waitFor();
    await platform.drainNotifications();
    const mail = (sinkMessages(platform) as unknown as { channel?: string; to: string; text: string }[]).filter((m) => m.channel === 'email' && m.to === 'niece@example.com').pop();
    const link = /(https?:\/\/\S+\/email\/verify#[\w-]{43})/.exec(mail!.text)![1]!;
    await page.goto(link.replace(/^https?:\/\/[^/]+/, platform.webUrl));
    await heading(page, en.settings.verifyTitle);
    await page.getByText(fill(en.settings.verified, { address: 'n***@example.com' })).waitFor();
    await check(page, 'e-mail verified (en, care)', 44);
    await page.getByRole('main').getByRole('link', { name: en.settings.title }).click();
    await heading(page, en.settings.title);
    await page.getByLabel(fill(en.settings.email, { address: 'n***@example.com' }), { exact: true }).check();
    await page.getByRole('button', { name: en.settings.save, exact: true }).click();
    await page.getByText(en.settings.saved, { exact: true }).waitFor();
    expect(person.errors).toEqual([]);
    expect(person.focusLosses).toEqual([]);
    await person.context.close();
  });
});
