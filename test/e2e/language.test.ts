/**
 * The latest language choice wins everywhere: after a reload, a link and a new sign-in the page stays in
 * the language just chosen, the account learns it, and notices and SMS (the sign-in code too) follow it.
 * On a device where the person has not chosen, signing in shows the language they chose last elsewhere.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Platform } from '../../local/platform.js';
import { zhCN } from '../../web/src/locales/zh-CN.js';
import { en } from '../../web/src/locales/en.js';
import { signIn, sinkMessages, startTestPlatform } from '../support/test-platform.js';
import { readyToSubmit, uniqueKey } from '../support/applications.js';
import { launchBrowser } from './browser.js';
import { signedInAs, signInOnPage } from './sessions.js';

let platform: Platform;
let browser: Browser;

beforeAll(async () => {
  platform = await startTestPlatform({ web: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

const wide = { width: 1024, height: 800 };
const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 15_000 });

const lastSms = (phone: string) => sinkMessages(platform).filter((m) => m.to === phone).pop()!.text;

describe('language', () => {
  it('keeps the latest choice through reload, links and sign-in, and sends notices and SMS in it', async () => {
    const phone = '13900000051';
    const api = await signIn(platform, phone);
    expect((await api.call('GET', '/me')).body.profile.language).toBe('zh-CN');

    const { context, page, focusLosses: losses } = await signedInAs(browser, platform, phone, { viewport: wide, landing: zhCN.mine.title });

    await page.getByRole('button', { name: zhCN.prefs.languageSwitch.replace('{{language}}', zhCN.prefs.language) }).click();
    await heading(page, en.mine.title);
    await expect.poll(async () => (await api.call('GET', '/me')).body.profile.language).toBe('en');

    await page.reload();
    await heading(page, en.mine.title);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('navigation').getByRole('link', { name: en.nav.apply, exact: true }).click();
    await heading(page, en.start.title);

    // The account's messages follow: a submission's notice and SMS are in English.
    const draft = await readyToSubmit(api);
    const receipt = await api.call('POST', `/applications/${draft.id}/submit`, { version: draft.version }, { 'idempotency-key': uniqueKey() });
    expect(receipt.status).toBe(201);
    await platform.drainNotifications();
    const reference = receipt.body.receipt.reference as string;
    // Every SMS starts with the federation's registered signature, in any language (docs/deploy.md, mainland SMS).
    expect(sinkMessages(platform).filter((m) => m.to === phone && m.text.includes(reference)).map((m) => m.text)).toEqual([expect.stringMatching(/^【残联一次办】We have received your disability certificate application/)]);
    expect((await api.call('GET', '/notices')).body.notices[0].title).toBe('Your disability certificate application was submitted');

    // Signing out and in again: still English, and the sign-in code came in English.
    await page.getByRole('button', { name: new RegExp(en.nav.signOut) }).click();
    await heading(page, en.home.title);
    await page.goto(`${platform.webUrl}/sign-in`);
    await signInOnPage(page, platform, phone, 'en');
    await heading(page, en.mine.title);
    expect(lastSms(phone)).toMatch(/Your sign-in code is \d{6}/);
    expect(losses).toEqual([]);
    await context.close();

    // A new device that has not chosen: signing in shows the account's latest choice.
    const { context: other, page: second } = await signedInAs(browser, platform, phone, { viewport: wide, landing: en.mine.title });
    // Choosing Chinese there while signed out, then signing in: the new choice reaches the account.
    await second.getByRole('button', { name: new RegExp(en.nav.signOut) }).click();
    await heading(second, en.home.title);
    await second.getByRole('button', { name: en.prefs.languageSwitch.replace('{{language}}', en.prefs.language) }).click();
    await heading(second, zhCN.home.title);
    await second.goto(`${platform.webUrl}/sign-in`);
    await signInOnPage(second, platform, phone);
    await heading(second, zhCN.mine.title);
    await expect.poll(async () => (await api.call('GET', '/me')).body.profile.language).toBe('zh-CN');
    await other.close();
  });

  it('turns care mode on from the keyboard, says so to a screen reader, and remembers it after a reload', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(platform.webUrl);
    await heading(page, zhCN.home.title);
    const care = page.getByRole('switch', { name: zhCN.prefs.careMode });
    await expect(care.isChecked()).resolves.toBe(false);
    for (let i = 0; i < 10 && !(await care.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains('care'))).toBe(true);
    await expect(care.isChecked()).resolves.toBe(true);
    await page.reload();
    await heading(page, zhCN.home.title);
    await expect(page.getByRole('switch', { name: zhCN.prefs.careMode }).isChecked()).resolves.toBe(true);
    expect(await page.evaluate(() => document.documentElement.classList.contains('care'))).toBe(true);
    await context.close();
  });
});
