/**
 * Family access with the keyboard alone (Tab, arrows, Space, Enter, typing — never a click): a father
 * invites his daughter, she accepts with the code and later stops helping; he sees it. Focus is never lost.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import type { Platform } from '../../local/platform.js';
import { zhCN as T } from '../../web/src/locales/zh-CN.js';
import { en as E } from '../../web/src/locales/en.js';
import { signIn, startTestPlatform } from '../support/test-platform.js';
import { fictitiousIdNumber } from '../support/fixtures.js';
import { awaitingPhoto, latestSms, linkSelf } from '../support/family.js';
import { launchBrowser } from './browser.js';
import { keyboardDriver } from './drivers.js';
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

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 15_000 });

/** Tab until `target` has focus, as the keyboard driver does for the controls it knows. */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 250; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('could not reach the control with the Tab key');
}

describe('family access by keyboard alone', () => {
  it('a father invites his daughter, she accepts with the code and later stops helping, and he sees it', async () => {
    const [son, staff] = await Promise.all([signIn(platform, '13900000001'), signIn(platform, '13800000101')]);
    const idNumber = fictitiousIdNumber('1946-06-06', '614');
    const fatherPhone = '13700006140';
    const daughterPhone = '13700006141';
    await awaitingPhoto(son, staff, idNumber, fatherPhone);
    await linkSelf(platform, await signIn(platform, fatherPhone), fatherPhone, idNumber, '王建国');

    const father = await signedInAs(browser, platform, fatherPhone, { lang: 'zh-CN' });
    const fp = father.page;
    const dad = keyboardDriver(fp);
    await dad.navigate(T.family.nav, T.nav.menu);
    await heading(fp, T.family.title);
    await dad.follow(`${T.family.invite} 王建国`);
    await heading(fp, T.family.inviteTitle);
    await dad.fill(T.family.delegateName, '李娜');
    await dad.fill(T.family.delegatePhone, daughterPhone);
    await tabTo(fp, fp.getByLabel(T.family.relationshipLabel, { exact: true }));
    await fp.keyboard.press('ArrowDown');
    await expect(fp.getByLabel(T.family.relationshipLabel, { exact: true }).inputValue()).resolves.toBe('daughter');
    await dad.check(T.family.scope.receive);
    await dad.check(T.family.agree);
    await dad.press(T.family.sendInvite);
    await heading(fp, T.family.title);
    await fp.getByText(T.family.state.invited).waitFor();

    const daughter = await signedInAs(browser, platform, daughterPhone, { lang: 'en', careMode: true });
    const dp = daughter.page;
    const her = keyboardDriver(dp);
    await her.navigate(E.family.nav, E.nav.menu);
    await heading(dp, E.family.title);
    await her.fill(E.family.code, (await latestSms(platform, daughterPhone, 'delegationInvite'))!.params.code!);
    await her.press(E.family.accept);
    await dp.getByRole('heading', { name: '王建国' }).waitFor();
    await her.press(`${E.family.stopHelping} 王建国`);
    await her.press(E.family.stopHelping);
    await dp.getByText(E.family.stoppedHelping.replace('{{name}}', '王建国')).waitFor();
    await expect.poll(() => dp.evaluate(() => document.activeElement?.textContent)).toBe(E.family.stoppedHelping.replace('{{name}}', '王建国'));

    await fp.reload();
    await heading(fp, T.family.title);
    await expect(fp.getByText('李娜').count()).resolves.toBe(0);

    expect([...father.errors, ...daughter.errors]).toEqual([]);
    expect([...father.focusLosses, ...daughter.focusLosses]).toEqual([]);
    await Promise.all([father.context.close(), daughter.context.close()]);
  });
});
