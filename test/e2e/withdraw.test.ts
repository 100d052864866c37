/**
 * Withdrawing a submitted application, as a keyboard or screen-reader user does it: the question is asked
 * once more, "keep" puts focus back on the withdraw button, and the answer takes focus when it comes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Platform } from '../../local/platform.js';
import { zhCN } from '../../web/src/locales/zh-CN.js';
import { signIn, startTestPlatform } from '../support/test-platform.js';
import { readyToSubmit, uniqueKey } from '../support/applications.js';
import { expectNoAxeViolations, launchBrowser } from './browser.js';
import { signedInAs } from './sessions.js';

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

describe('withdrawing an application', () => {
  it('asks once more, keeps focus on the button when kept, and focuses the answer when withdrawn', async () => {
    const phone = '13900000091';
    const api = await signIn(platform, phone);
    const draft = await readyToSubmit(api);
    const submitted = await api.call('POST', `/applications/${draft.id}/submit`, { version: draft.version }, { 'idempotency-key': uniqueKey('submit') });
    expect(submitted.status).toBe(201);

    const { context, page, focusLosses: losses } = await signedInAs(browser, platform, phone, { landing: zhCN.mine.title });
    await page.goto(`${platform.webUrl}/applications/${draft.id}`);

    const withdraw = page.getByRole('button', { name: zhCN.detail.withdraw, exact: true });
    await withdraw.focus();
    await page.keyboard.press('Enter');
    const question = page.getByRole('group', { name: zhCN.detail.withdrawConfirm });
    await question.waitFor();
    await expectNoAxeViolations(page, 'withdraw question');
    await question.getByRole('button', { name: zhCN.detail.keep, exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(zhCN.detail.withdraw);

    await page.keyboard.press('Enter');
    await question.getByRole('button', { name: zhCN.detail.withdraw, exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(zhCN.detail.withdrawn);
    expect((await api.call('GET', `/applications/${draft.id}`)).body.application.status).toBe('withdrawn');
    expect(losses).toEqual([]);
    await context.close();
  });
});
