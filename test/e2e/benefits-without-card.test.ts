/**
 * Benefits in Chromium where the card is not the whole story: a parent without a card answers the check
 * for their child by keyboard alone (a diagnosis instead of a card), signs in from the results and finds
 * them again, applies, types the child in, uploads the diagnosis and sends it; a civil-affairs reviewer
 * records an objection received during a benefit's public notice. axe on every page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { Platform } from '../../local/platform.js';
import { zhCN as T } from '../../web/src/locales/zh-CN.js';
import { localRegisters } from '../../functions/adapters/partner-registers.js';
import { latestCode, signIn, startTestPlatform } from '../support/test-platform.js';
import { livingSubsidySent } from '../support/benefits.js';
import { fictitiousIdNumber } from '../support/fixtures.js';
import { jpegBytes, pdfBytes } from '../support/files.js';
import { tableClient } from '../support/table.js';
import { launchBrowser, watchFocus } from './browser.js';
import { checked, fill, h1, phonePage } from './benefit-pages.js';
import { signedInAs } from './sessions.js';
import { keyboardDriver } from './drivers.js';

let platform: Platform;
let browser: Browser;
const REHAB = '残疾儿童康复救助';

beforeAll(async () => {
  platform = await startTestPlatform({ web: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

const folder = mkdtempSync(join(tmpdir(), 'onevisit-rehab-'));
function file(name: string, bytes: Buffer): string {
  const path = join(folder, name);
  writeFileSync(path, bytes);
  return path;
}

describe('a child with a diagnosis and no card', () => {
  it('the parent answers the check, signs in from the results, applies, types the child in, uploads the diagnosis and sends it — by keyboard alone', async () => {
    const child = fictitiousIdNumber('2022-08-08', '411');
    const dynamo = tableClient(platform);
    await localRegisters(dynamo, platform.tableName).put({ register: 'hukou', mode: 'answers', answer: { districtCode: '430105' }, idNumber: child, name: '宋小雨', updatedAt: new Date().toISOString() });
    dynamo.destroy();

    const { context, page, errors } = await phonePage(browser);
    const focusLosses = await watchFocus(context);
    const act = keyboardDriver(page);
    await page.goto(`${platform.webUrl}/benefits`);
    await h1(page, T.benefits.check.q.district);
    await act.choose('长沙市开福区');
    await act.press(T.benefits.check.next);
    await h1(page, T.benefits.check.q.card);
    await act.choose(T.common.no);
    // Without a card, whether there is a diagnosis is asked on the same page, and an unanswered one is listed.
    await act.press(T.benefits.check.next);
    await page.locator('.error-summary').getByText(/诊断证明/).waitFor({ timeout: 15_000 });
    await checked(page, 'check: no card, diagnosis unanswered');
    await act.choose(T.benefits.check.diagnosisYes);
    await act.press(T.benefits.check.next);
    await h1(page, T.benefits.check.q.age);
    await act.fill(T.benefits.check.age, '4');
    await act.press(T.benefits.check.next);
    await act.choose(T.benefits.household.unknown);
    await act.press(T.benefits.check.next);
    await act.press(T.benefits.check.show);
    await h1(page, T.benefits.check.resultsTitle);
    const rehab = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: REHAB }) });
    await rehab.getByText(T.benefits.outcome.likely).waitFor({ timeout: 15_000 });
    await rehab.getByText(/诊断证明/).first().waitFor();
    await checked(page, 'check: results for a child without a card');

    // Signing in from the results comes back to them: nothing is asked twice.
    await act.follow(`${T.benefits.signInToApply} ${REHAB}`);
    await h1(page, T.signIn.title);
    await act.fill(T.signIn.phone, '13700001411');
    await act.press(T.signIn.sendCode);
    await page.getByLabel(T.signIn.code, { exact: true }).waitFor();
    await act.fill(T.signIn.code, latestCode(platform, '13700001411'));
    await act.press(T.signIn.submit);
    await h1(page, T.benefits.check.resultsTitle);
    await act.press(`${T.benefits.apply} ${REHAB}`);

    await h1(page, REHAB);
    await page.getByText(T.benefits.detail.withoutCard).waitFor();
    // Paid to the institution: no bank account is asked for.
    expect(await page.getByRole('group', { name: T.benefits.form.bank }).count()).toBe(0);
    await checked(page, 'draft without a card');
    await act.press(T.benefits.form.send);
    const summary = page.locator('.error-summary');
    await summary.waitFor({ timeout: 15_000 });
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await summary.getByRole('link').count()).toBeGreaterThanOrEqual(4);
    await checked(page, 'draft without a card, errors listed');

    // In the page's order: the uploads come first, then the questions.
    for (const [kind, path] of [['diagnosis', file('诊断证明.pdf', pdfBytes())], ['guardianProof', file('出生证明.jpg', jpegBytes())]] as const) {
      await act.upload(`${T.documents.choose} — ${T.materials.kind[kind]}`, [path]);
      const section = page.getByRole('region', { name: T.materials.kind[kind] });
      await section.locator('.upload-message').getByText(fill(T.documents.receivedNamed, { name: path.split('/').pop()! })).waitFor({ timeout: 15_000 });
      await section.getByText(path.split('/').pop()!, { exact: true }).waitFor({ timeout: 15_000 });
    }
    await act.fill(T.benefits.form.personName, '宋小雨');
    await act.fill(T.benefits.form.personIdNumber, `${child.slice(0, 6)} ${child.slice(6, 14)} ${child.slice(14)}`);
    await act.fill(T.benefits.form.guardianName, '宋佳');
    await act.choose(T.benefits.check.diagnosisYes);
    await act.check('户籍登记');
    await act.choose('长沙市开福区残疾儿童康复中心');
    await act.check(T.benefits.form.declaration);
    await act.press(T.benefits.form.send);
    await page.getByText(T.benefits.detail.sent).waitFor({ timeout: 15_000 });
    await page.getByText(T.benefits.status.township_review.label).first().waitFor();
    await checked(page, 'sent without a card');

    await act.navigate(T.nav.myBenefits, T.nav.menu);
    await h1(page, T.benefits.mine.title);
    await page.getByRole('rowheader', { name: new RegExp(REHAB) }).waitFor({ timeout: 15_000 });
    expect(errors).toEqual([]);
    expect(focusLosses).toEqual([]);
    await context.close();
  });
});

describe('an objection during a benefit’s public notice', () => {
  it('the civil-affairs reviewer records it by keyboard: an empty one is refused and listed, then the matter is back for review', async () => {
    const { id } = await livingSubsidySent(platform, { phone: '13700001421', name: '白玉兰', birthDate: '1957-07-07' });
    for (const [phone, action] of [['13800000211', 'passTownship'], ['13800000212', 'passFederation'], ['13800000213', 'passCivilAffairs']] as const) {
      const reviewer = await signIn(platform, phone);
      const view = await reviewer.call('GET', `/reviews/${id}`);
      const decided = await reviewer.call('POST', `/reviews/${id}/decisions`, { action, version: view.body.application.version, ...(action === 'passCivilAffairs' ? { incomeChecked: true } : {}) });
      expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    }

    const civil = await signedInAs(browser, platform, '13800000213', { next: `/reviews/${id}`, landing: /困难残疾人生活补贴/ });
    const page = civil.page;
    const act = keyboardDriver(page);
    await page.getByText(/^公示：/).waitFor({ timeout: 15_000 });
    await checked(page, 'review during the public notice');
    await act.press(T.benefits.review.actions.recordObjection);
    await page.locator('.error-summary').waitFor({ timeout: 15_000 });
    await checked(page, 'objection without a note');
    await act.fill(T.benefits.review.objection, '12月5日社区来电：家中有经营收入');
    await act.press(T.benefits.review.actions.recordObjection);
    await page.getByText(fill(T.benefits.review.decided, { status: T.benefits.status.civil_affairs_review.label })).waitFor({ timeout: 15_000 });
    await page.getByText(/家中有经营收入/).first().waitFor();
    await page.getByRole('form', { name: T.benefits.review.actions.passCivilAffairs }).waitFor();
    await checked(page, 'after the objection');
    expect(civil.errors).toEqual([]);
    expect(civil.focusLosses).toEqual([]);
    await civil.context.close();
  });
});
