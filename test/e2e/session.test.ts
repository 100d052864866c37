/**
 * The session warns before it ends, and typed work survives its end: the person signs in again and finds
 * what they typed. The browser's clock is moved forward; the server's is not touched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Platform } from '../../local/platform.js';
import { zhCN as T } from '../../web/src/locales/zh-CN.js';
import { latestCode, signIn, startTestPlatform } from '../support/test-platform.js';
import { createDraft } from '../support/applications.js';
import { expectNoAxeViolations, launchBrowser } from './browser.js';
import { pointerDriver } from './drivers.js';

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

describe('session expiry', () => {
  it('warns two minutes before the end, offers to stay, and keeps typed work across a new sign-in', async () => {
    const phone = '13900000041';
    const api = await signIn(platform, phone);
    const draft = await createDraft(api, { forWhom: 'self', actingAs: 'self', isMinor: false, category: '1', hasIdCard: true, districtCode: '330213' });

    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.clock.install();
    const act = pointerDriver(page);
    const signInOnPage = async () => {
      await act.fill(T.signIn.phone, phone);
      await act.press(T.signIn.sendCode);
      await page.getByLabel(T.signIn.code, { exact: true }).waitFor();
      await act.fill(T.signIn.code, latestCode(platform, phone));
      await act.press(T.signIn.submit);
      await page.getByRole('heading', { level: 1, name: T.form.steps.person }).waitFor();
    };

    await page.goto(`${platform.webUrl}/sign-in?next=${encodeURIComponent(`/applications/${draft.id}/step/person`)}`);
    await signInOnPage();

    await act.fill(T.form.personName, '欧阳𠀀');
    await page.clock.fastForward('28:30');
    const warning = page.getByRole('alert').filter({ hasText: T.session.stay });
    await warning.waitFor();
    await expectNoAxeViolations(page, 'session warning');
    expect(await page.getByRole('button', { name: T.session.stay }).isVisible()).toBe(true);

    await page.clock.fastForward('02:00');
    await page.getByRole('heading', { level: 1, name: T.signIn.title }).waitFor();
    await page.getByText(T.session.expired).waitFor();

    await signInOnPage();
    await expect(page.getByLabel(T.form.personName, { exact: true }).inputValue()).resolves.toBe('欧阳𠀀');
    await context.close();
  });
});
