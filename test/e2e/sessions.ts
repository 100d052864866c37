/** Signing in through the sign-in page, in a browser context of the person's own. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Platform } from '../../local/platform.js';
import { zhCN } from '../../web/src/locales/zh-CN.js';
import { en } from '../../web/src/locales/en.js';
import { latestCode, signIn } from '../support/test-platform.js';
import { createDraft } from '../support/applications.js';
import { watchFocus, type FocusLoss } from './browser.js';

type Language = 'zh-CN' | 'en';

/** A message template as a pattern: its numbers may be any. */
export const template = (text: string) => new RegExp(text.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\{\w+\}\}/g, '\\d+'));

/** On the sign-in page, in `lang`: the phone number, the code from its SMS, submitted. */
export async function signInOnPage(page: Page, platform: Platform, phone: string, lang: Language = 'zh-CN'): Promise<void> {
  const L = lang === 'en' ? en : zhCN;
  await page.getByRole('heading', { level: 1, name: L.signIn.title }).waitFor({ timeout: 15_000 });
  await page.getByLabel(L.signIn.phone, { exact: true }).fill(phone);
  await page.getByRole('button', { name: L.signIn.sendCode, exact: true }).click();
  await page.getByLabel(L.signIn.code, { exact: true }).waitFor();
  await page.getByLabel(L.signIn.code, { exact: true }).fill(latestCode(platform, phone));
  await page.getByRole('button', { name: L.signIn.submit, exact: true }).click();
}

export interface SignedIn {
  context: BrowserContext;
  page: Page;
  /** The page's script errors. */
  errors: string[];
  focusLosses: FocusLoss[];
}

/**
 * A person signed in through the sign-in page on a device of their own: a fresh browser context (a phone
 * unless `viewport` says otherwise) whose focus is watched, on the page they land on.
 */
export async function signedInAs(
  browser: Browser,
  platform: Platform,
  phone: string,
  options: {
    /** Chosen on the device before signing in; without it the device has not chosen, and the account's language is shown. */
    lang?: Language;
    careMode?: boolean;
    viewport?: { width: number; height: number };
    /** Where the sign-in page sends them on; without it, where their work starts. */
    next?: string;
    /** The heading of the page they should land on. */
    landing?: string | RegExp;
  } = {},
): Promise<SignedIn> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 390, height: 844 }, ...(options.lang ? { locale: options.lang } : {}) });
  const focusLosses = await watchFocus(context);
  await context.addInitScript(
    ({ language, care }) => {
      // Chosen on this device: signing in passes the choice on to the account, so messages follow it.
      if (language && !localStorage.getItem('onevisit.language')) {
        localStorage.setItem('onevisit.language', language);
        localStorage.setItem('onevisit.languageUnsynced', '1');
      }
      localStorage.setItem('onevisit.careMode', care ? 'on' : 'off');
    },
    { language: options.lang ?? null, care: options.careMode ?? false },
  );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${platform.webUrl}/sign-in${options.next ? `?next=${encodeURIComponent(options.next)}` : ''}`);
  await signInOnPage(page, platform, phone, options.lang);
  // Signed in: the page moves on to where the person's work starts (the sign-out button may be behind the menu).
  await page.waitForURL((url) => url.pathname !== '/sign-in', { timeout: 15_000 });
  await page.getByRole('heading', { level: 1, ...(options.landing ? { name: options.landing } : {}) }).waitFor();
  return { context, page, errors, focusLosses };
}

/** Signed in onto a draft's first step, with the browser's clock under the test's control. */
export async function signedInOnStep(browser: Browser, on: Platform, phone: string): Promise<{ page: Page; signInOnPage(): Promise<void>; close(): Promise<void>; losses: unknown[] }> {
  const api = await signIn(on, phone);
  const draft = await createDraft(api, { forWhom: 'self', actingAs: 'self', isMinor: false, category: '1', hasIdCard: true, districtCode: '330213' });
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const losses = await watchFocus(context);
  const page = await context.newPage();
  await page.clock.install();
  const ontoStep = async () => {
    await signInOnPage(page, on, phone);
    await page.getByRole('heading', { level: 1, name: zhCN.form.steps.person }).waitFor();
  };
  await page.goto(`${on.webUrl}/sign-in?next=${encodeURIComponent(`/applications/${draft.id}/step/person`)}`);
  await ontoStep();
  return { page, signInOnPage: ontoStep, losses, close: () => context.close() };
}
