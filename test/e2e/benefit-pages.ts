/** The benefits browser test's helpers: pages as a phone shows them, checked. */
import { expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations, smallTargets } from './browser.js';

export const fill = (text: string, params: Record<string, string | number>) => text.replace(/\{\{(\w+)\}\}/g, (_m, k: string) => String(params[k] ?? ''));
export const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 15_000 });

export async function checked(page: Page, where: string, minTarget = 24) {
  await expectNoAxeViolations(page, where);
  expect(await smallTargets(page, minTarget), `targets on ${where}`).toEqual([]);
}

/** A phone-sized page in `lang`, optionally in care mode, collecting the page's script errors. */
export async function phonePage(browser: Browser, options: { lang?: 'zh-CN' | 'en'; careMode?: boolean } = {}) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: options.lang ?? 'zh-CN' });
  await context.addInitScript(
    ({ language, care }) => {
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
