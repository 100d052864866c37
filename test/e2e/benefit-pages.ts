/** The benefits browser test's helpers: pages as a phone shows them, signed in through the sign-in page, checked. */
import { expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Platform } from '../../local/platform.js';
import { zhCN as T } from '../../web/src/locales/zh-CN.js';
import { en as E } from '../../web/src/locales/en.js';
import { latestCode } from '../support/test-platform.js';
import { expectNoAxeViolations, smallTargets } from './browser.js';

export const fill = (text: string, params: Record<string, string | number>) => text.replace(/\{\{(\w+)\}\}/g, (_m, k: string) => String(params[k] ?? ''));
export const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 15_000 });

export async function checked(page: Page, where: string, minTarget = 24) {
  await expectNoAxeViolations(page, where);
  expect(await smallTargets(page, minTarget), `targets on ${where}`).toEqual([]);
}

export type BenefitPages = ReturnType<typeof benefitPages>;

export function benefitPages(browser: Browser, platform: Platform) {
  /** A phone-sized page in `lang`, optionally in care mode, collecting the page's script errors. */
  async function phonePage(options: { lang?: 'zh-CN' | 'en'; careMode?: boolean } = {}) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: options.lang ?? 'zh-CN' });
    await context.addInitScript(
      ({ language, care }) => {
        // Chosen on this device: signing in passes the choice on to the account.
        localStorage.setItem('onevisit.language', language);
        localStorage.setItem('onevisit.languageUnsynced', '1');
        localStorage.setItem('onevisit.careMode', care ? 'on' : 'off');
      },
      { language: options.lang ?? 'zh-CN', care: options.careMode ?? false },
    );
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    return { context, page, errors };
  }

  async function signedIn(phone: string, next: string, options: { lang?: 'zh-CN' | 'en'; careMode?: boolean } = {}) {
    const L = options.lang === 'en' ? E : T;
    const { context, page, errors } = await phonePage(options);
    await page.goto(`${platform.webUrl}/sign-in?next=${encodeURIComponent(next)}`);
    await page.getByLabel(L.signIn.phone, { exact: true }).fill(phone);
    await page.getByRole('button', { name: L.signIn.sendCode, exact: true }).click();
    await page.getByLabel(L.signIn.code, { exact: true }).waitFor();
    await page.getByLabel(L.signIn.code, { exact: true }).fill(latestCode(platform, phone));
    await page.getByRole('button', { name: L.signIn.submit, exact: true }).click();
    return { context, page, errors };
  }
  return { phonePage, signedIn };
}
