/** Signing in on the page, onto a draft's first step, with the browser's clock under the test's control. */
import type { Browser, Page } from 'playwright-core';
import type { Platform } from '../../local/platform.js';
import { zhCN as T } from '../../web/src/locales/zh-CN.js';
import { latestCode, signIn } from '../support/test-platform.js';
import { createDraft } from '../support/applications.js';
import { watchFocus } from './browser.js';
import { pointerDriver } from './drivers.js';

/** A message template as a pattern: its numbers may be any. */
export const template = (text: string) => new RegExp(text.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\{\w+\}\}/g, '\\d+'));

export async function signedInOnStep(browser: Browser, on: Platform, phone: string): Promise<{ page: Page; signInOnPage(): Promise<void>; close(): Promise<void>; losses: unknown[] }> {
  const api = await signIn(on, phone);
  const draft = await createDraft(api, { forWhom: 'self', actingAs: 'self', isMinor: false, category: '1', hasIdCard: true, districtCode: '330213' });
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const losses = await watchFocus(context);
  const page = await context.newPage();
  await page.clock.install();
  const act = pointerDriver(page);
  const signInOnPage = async () => {
    await act.fill(T.signIn.phone, phone);
    await act.press(T.signIn.sendCode);
    await page.getByLabel(T.signIn.code, { exact: true }).waitFor();
    await act.fill(T.signIn.code, latestCode(on, phone));
    await act.press(T.signIn.submit);
    await page.getByRole('heading', { level: 1, name: T.form.steps.person }).waitFor();
  };
  await page.goto(`${on.webUrl}/sign-in?next=${encodeURIComponent(`/applications/${draft.id}/step/person`)}`);
  await signInOnPage();
  return { page, signInOnPage, losses, close: () => context.close() };
}

