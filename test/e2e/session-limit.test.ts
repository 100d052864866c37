/**
 * The absolute limit: however active the person is, the session ends a fixed time after sign-in (here an
 * hour, with a 60-minute inactivity limit so that only the absolute one can end it). The warning says so
 * and offers nothing to extend. The browser's clock is moved forward; the server's is not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Platform } from '../../local/platform.js';
import { zhCN as T } from '../../web/src/locales/zh-CN.js';
import { startTestPlatform } from '../support/test-platform.js';
import { launchBrowser } from './browser.js';
import { pointerDriver } from './drivers.js';
import { signedInOnStep, template } from './sessions.js';

let platform: Platform;
let browser: Browser;

beforeAll(async () => {
  platform = await startTestPlatform({ web: true, sessionMinutes: 60, sessionMaxHours: 1 });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

describe('session limit', () => {
  it('warns before the absolute limit however active the person is, with nothing to extend', async () => {
    const { page, close } = await signedInOnStep(browser, platform, '13900000042');
    await page.clock.fastForward('30:00');
    await pointerDriver(page).fill(T.form.personName, '欧阳');
    await page.clock.fastForward('28:30');
    const warning = page.getByRole('alert').filter({ hasText: template(T.session.limitWarning) });
    await warning.waitFor();
    expect(await warning.innerText()).toContain('最长1小时');
    await expect(page.getByRole('button', { name: T.session.stay }).count()).resolves.toBe(0);
    await page.clock.fastForward('02:00');
    await page.getByText(T.session.expiredLimit).waitFor();
    await close();
  });
});
