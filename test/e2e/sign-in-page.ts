/** A person signed in through the sign-in page in a browser context of their own: language and care mode chosen on the device first. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Platform } from '../../local/platform.js';
import { zhCN } from '../../web/src/locales/zh-CN.js';
import { en } from '../../web/src/locales/en.js';
import { latestCode } from '../support/test-platform.js';
import { watchFocus, type FocusLoss } from './browser.js';

export async function signedInAs(
  browser: Browser,
  platform: Platform,
  phone: string,
  options: { lang: 'zh-CN' | 'en'; careMode?: boolean; width?: number },
): Promise<{ context: BrowserContext; page: Page; errors: string[]; focusLosses: FocusLoss[] }> {
  const L = options.lang === 'en' ? en : zhCN;
  const context = await browser.newContext({ viewport: { width: options.width ?? 390, height: 844 }, locale: options.lang });
  const focusLosses = await watchFocus(context);
  await context.addInitScript(
    ({ language, care }) => {
      // Chosen on this device: signing in passes the choice on to the account, so messages follow it.
      if (!localStorage.getItem('onevisit.language')) {
        localStorage.setItem('onevisit.language', language);
        localStorage.setItem('onevisit.languageUnsynced', '1');
      }
      localStorage.setItem('onevisit.careMode', care ? 'on' : 'off');
    },
    { language: options.lang, care: options.careMode ?? false },
  );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${platform.webUrl}/sign-in`);
  await page.getByRole('heading', { level: 1, name: L.signIn.title }).waitFor({ timeout: 15_000 });
  await page.getByLabel(L.signIn.phone, { exact: true }).fill(phone);
  await page.getByRole('button', { name: L.signIn.sendCode, exact: true }).click();
  await page.getByLabel(L.signIn.code, { exact: true }).waitFor();
  await page.getByLabel(L.signIn.code, { exact: true }).fill(latestCode(platform, phone));
  await page.getByRole('button', { name: L.signIn.submit, exact: true }).click();
  // Signed in: the page moves on to where the person's work starts (the sign-out button may be behind the menu).
  await page.waitForURL((url) => url.pathname !== '/sign-in', { timeout: 15_000 });
  await page.getByRole('heading', { level: 1 }).waitFor();
  return { context, page, errors, focusLosses };
}

/** Follows a link of the main navigation, opening the menu first where a narrow screen keeps it behind one. */
export async function navigate(page: Page, lang: 'zh-CN' | 'en', name: string): Promise<void> {
  const L = lang === 'en' ? en : zhCN;
  const menu = page.getByRole('button', { name: L.nav.menu, exact: true });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('navigation', { name: L.nav.main }).getByRole('link', { name, exact: true }).click();
}
