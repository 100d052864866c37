/**
 * The session is an inactivity timeout with a longer absolute limit. It is renewed while the person is
 * active; after 28 minutes without activity a warning says exactly what happens and what is kept; the
 * session then ends, and typed work survives a new sign-in in the same window. Before the absolute limit
 * the warning says so, with nothing to extend. The browser's clock is moved forward; the server's is not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Platform } from '../../local/platform.js';
import { zhCN as T } from '../../web/src/locales/zh-CN.js';
import { startTestPlatform } from '../support/test-platform.js';
import { expectNoAxeViolations, launchBrowser } from './browser.js';
import { pointerDriver } from './drivers.js';
import { signedInOnStep, template } from './sessions.js';

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

describe('session', () => {
  it('is renewed while the person is active, warns after 28 idle minutes in exact words, ends, and keeps typed work across a new sign-in', async () => {
    const { page, signInOnPage, close, losses } = await signedInOnStep(browser, platform, '13900000041');
    const act = pointerDriver(page);

    // Active for 40 minutes, more than a token lasts: renewed on the way, never warned.
    let renewals = 0;
    page.on('requestfinished', (r) => void (r.url().endsWith('/api/auth/refresh') && renewals++));
    await act.fill(T.form.personName, '欧阳');
    await page.clock.fastForward('20:00');
    await expect.poll(() => renewals).toBe(1);
    await page.getByLabel(T.form.personName, { exact: true }).press('End');
    await page.keyboard.type('𠀀');
    await page.clock.fastForward('20:00');
    await expect.poll(() => renewals).toBeGreaterThanOrEqual(2);
    await expect(page.getByRole('alert').filter({ hasText: T.session.stay }).count()).resolves.toBe(0);
    await expect(page.getByLabel(T.form.personName, { exact: true }).count()).resolves.toBe(1);

    // Then nothing until a minute and a half before the renewed token ends: the warning, in words that are true.
    const untilWarning = await page.evaluate(() => Date.parse(JSON.parse(localStorage.getItem('onevisit.session')!).expiresAt) - 90_000 - Date.now());
    expect(untilWarning).toBeGreaterThan(25 * 60_000);
    await page.clock.fastForward(untilWarning);
    const warning = page.getByRole('alert').filter({ hasText: template(T.session.idleWarning) });
    await warning.waitFor();
    // The minutes it names are those since the last key pressed, as the page counts them.
    expect(Number((await warning.innerText()).match(/您已经(\d+)分钟没有操作/)?.[1])).toBeGreaterThanOrEqual(28);
    await expectNoAxeViolations(page, 'session warning');
    expect(await page.getByRole('button', { name: T.session.stay }).isVisible()).toBe(true);

    await page.clock.fastForward('02:00');
    await page.getByRole('heading', { level: 1, name: T.signIn.title }).waitFor();
    await page.getByText(T.session.expiredIdle).waitFor();

    await signInOnPage();
    await expect(page.getByLabel(T.form.personName, { exact: true }).inputValue()).resolves.toBe('欧阳𠀀');
    expect(losses).toEqual([]);
    await close();
  });
});
