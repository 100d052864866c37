/**
 * Benefits in Chromium: "What can I get?" answered anonymously with the keyboard alone, question by
 * question (a missing answer announced and listed), and the demo's register page; a card holder in care
 * mode is asked only what the card does not say, accepts 政策找人's proposal (the care subsidy), consents
 * to the register lookups, adds the bank account and sends it; the township reviewer passes it, and the
 * 残联 reviewer (in English) reveals the bank account for a stated purpose and passes it on to civil
 * affairs; district staff start another benefit on the holder's behalf (代办). axe on every page; targets
 * of 44 px in care mode.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Platform } from '../../local/platform.js';
import { zhCN as T } from '../../web/src/locales/zh-CN.js';
import { en as E } from '../../web/src/locales/en.js';
import { startTestPlatform } from '../support/test-platform.js';
import { GOOD_CARD, cardHolder } from '../support/benefits.js';
import { ageOn } from '../../functions/domain/id-number.js';
import { shanghaiDate } from '../../functions/domain/time.js';
import { itemsOf, tableClient } from '../support/table.js';
import { launchBrowser } from './browser.js';
import { checked, fill, h1, phonePage } from './benefit-pages.js';
import { keyboardDriver, pointerDriver } from './drivers.js';
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

describe('“What can I get?”', () => {
  it('is answered anonymously with the keyboard alone, one question per page, and tells likely, not likely and why', async () => {
    const { context, page, errors } = await phonePage(browser);
    const act = keyboardDriver(page);
    await page.goto(platform.webUrl);
    await act.follow(T.home.benefitsStart);
    await h1(page, T.benefits.check.q.district);
    await checked(page, 'check: district');

    // No answer: the summary names the question and takes focus.
    await act.press(T.benefits.check.next);
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await checked(page, 'check: district, unanswered');

    await act.choose('长沙市开福区');
    await act.press(T.benefits.check.next);
    await h1(page, T.benefits.check.q.card);
    await act.choose(T.common.yes);
    await act.choose(T.categories['4']);
    await act.choose(T.grade['3']);
    await checked(page, 'check: card');
    await act.press(T.benefits.check.next);
    await h1(page, T.benefits.check.q.age);
    await act.fill(T.benefits.check.age, '40');
    await act.press(T.benefits.check.next);
    await h1(page, T.benefits.check.q.household);
    await act.choose(T.benefits.household.dibao);
    await act.press(T.benefits.check.next);
    await h1(page, T.benefits.check.q.allowances);
    await checked(page, 'check: allowances');
    await act.press(T.benefits.check.show);

    await h1(page, T.benefits.check.resultsTitle);
    const living = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: '困难残疾人生活补贴' }) });
    await living.getByText(T.benefits.outcome.likely).waitFor({ timeout: 15_000 });
    await living.getByText(/80/).first().waitFor();
    const care = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /护理补贴/ }) });
    await care.getByText(T.benefits.outcome.notLikely).waitFor();
    await care.getByText(/三级/).first().waitFor();
    await checked(page, 'check: results');

    // The demo's stand-in registers: a household enters 低保, and the nightly job runs.
    await page.goto(`${platform.webUrl}/dev/registers`);
    await h1(page, T.devRegisters.title);
    await act.fill(T.form.personIdNumber, '11010519491231002X');
    await act.fill(T.form.personName, '王秀英');
    await act.press(T.devRegisters.save);
    await page.getByText(T.devRegisters.saved).waitFor({ timeout: 15_000 });
    await page.getByRole('rowheader', { name: '王秀英' }).waitFor();
    await act.press(T.devRegisters.run);
    await page.getByText(/moved/).waitFor({ timeout: 15_000 });
    await checked(page, 'dev registers');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('政策找人 to a decision', () => {
  it('a card holder in care mode accepts the proposal and sends it; the township and 残联 reviewers decide; staff file another on their behalf', async () => {
    const holder = await cardHolder(platform, {
      phone: '13700001301', name: '杜秀英', district: '430105', category: 4, grade: 1, birthDate: '1960-02-02',
      registers: [{ register: 'civilAffairs', mode: 'answers', answer: { household: 'dibao' } }, { register: 'hukou', mode: 'answers', answer: { districtCode: '430105' } }],
    });
    await platform.drainNotifications();
    const citizen = await signedInAs(browser, platform, '13700001301', { lang: 'zh-CN', careMode: true, next: '/benefits' });
    const page = citizen.page;
    const act = pointerDriver(page);
    // The card answers district, card and age: two questions are left.
    await h1(page, T.benefits.check.q.household);
    await page.getByText(fill(T.benefits.check.fromCard, { category: T.categories['4'], grade: T.grade['1'], age: ageOn('1960-02-02', shanghaiDate(new Date())) })).waitFor();
    await page.getByText(fill(T.benefits.check.progress, { n: 1, of: 2 })).waitFor();
    await checked(page, 'check from the card (care mode)', 44);
    await act.choose(T.benefits.household.unknown);
    await act.press(T.benefits.check.next);
    await act.press(T.benefits.check.show);
    await h1(page, T.benefits.check.resultsTitle);
    const careResult = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: '重度残疾人护理补贴' }) });
    await careResult.getByText(T.benefits.outcome.likely).waitFor({ timeout: 15_000 });
    await careResult.getByRole('button', { name: `${T.benefits.apply} 重度残疾人护理补贴` }).waitFor();
    await act.navigate(T.nav.myBenefits, T.nav.menu);
    await h1(page, T.benefits.mine.title);
    await page.getByRole('heading', { name: T.benefits.mine.proposals }).waitFor({ timeout: 15_000 });
    await checked(page, 'my benefits (care mode)', 44);
    // A grade 1 card: 政策找人 proposes the care subsidy.
    await page.getByRole('link', { name: `${T.benefits.mine.look} 重度残疾人护理补贴` }).click();
    await h1(page, '重度残疾人护理补贴');
    await checked(page, 'proposal (care mode)', 44);
    await act.press(T.benefits.detail.accept);
    await page.getByText(T.benefits.detail.accepted).waitFor({ timeout: 15_000 });
    const consents = page.getByRole('group', { name: T.benefits.form.consents }).getByRole('checkbox');
    expect(await consents.count()).toBe(3);
    for (const consent of await consents.all()) await consent.locator('xpath=ancestor::label').click();
    await act.fill(T.benefits.form.holderName, '杜秀英');
    await act.fill(T.benefits.form.bankName, '中国农业银行');
    await act.fill(T.benefits.form.accountNumber, '6222 0202 0011 2233 447');
    await act.check(T.benefits.form.declaration);
    await act.press(T.benefits.form.send);
    // A wrong check digit is named next to its field and in the summary; nothing else is lost.
    await page.locator('.error-summary').getByText(/校验位/).waitFor({ timeout: 15_000 });
    await checked(page, 'draft with an error (care mode)', 44);
    await act.fill(T.benefits.form.accountNumber, GOOD_CARD);
    await act.press(T.benefits.form.send);
    await page.getByText(T.benefits.detail.sent).waitFor({ timeout: 15_000 });
    await page.getByText(T.benefits.status.township_review.label).first().waitFor();
    await checked(page, 'sent (care mode)', 44);
    expect(citizen.errors).toEqual([]);
    await citizen.context.close();

    const mine = (await holder.client.call('GET', '/applications')).body.applications as { id: string; benefitId?: string; status: string; reference?: string }[];
    const sent = mine.find((a) => a.benefitId === 'care-subsidy' && a.status === 'township_review')!;
    expect(sent.reference).toBeTruthy();

    const township = await signedInAs(browser, platform, '13800000211', { lang: 'zh-CN', next: '/reviews' });
    await h1(township.page, T.benefits.review.queueTitle);
    await checked(township.page, 'review queue (township)');
    await township.page.getByRole('link', { name: sent.reference! }).click();
    await h1(township.page, /重度残疾人护理补贴/);
    // The holder uploaded nothing (every register was asked): the list of uploaded materials says so.
    await township.page.getByRole('heading', { name: T.benefits.review.uploaded }).waitFor();
    await township.page.getByText(T.benefits.review.noUploads).waitFor();
    await checked(township.page, 'review matter (township)');
    await township.page.getByRole('form', { name: T.benefits.review.actions.passTownship }).getByRole('button').click();
    await township.page.getByText(fill(T.benefits.review.decided, { status: T.benefits.status.federation_review.label })).waitFor({ timeout: 15_000 });
    expect(township.errors).toEqual([]);
    await township.context.close();

    const federation = await signedInAs(browser, platform, '13800000212', { lang: 'en', next: `/reviews/${sent.id}` });
    await h1(federation.page, /Care subsidy/);
    await federation.page.getByText('6222 **** **** 3446').waitFor();
    await federation.page.getByText(E.benefits.review.noUploads).waitFor();
    await federation.page.getByLabel(E.benefits.review.purpose, { exact: true }).fill('Checking the bank before payment');
    await federation.page.getByRole('button', { name: E.benefits.review.reveal, exact: true }).click();
    await federation.page.getByText(GOOD_CARD).waitFor({ timeout: 15_000 });
    await checked(federation.page, 'review matter (残联, English)');
    await federation.page.getByRole('form', { name: E.benefits.review.actions.passFederation }).getByRole('button').click();
    await federation.page.getByText(fill(E.benefits.review.decided, { status: E.benefits.status.civil_affairs_review.label })).waitFor({ timeout: 15_000 });
    expect(federation.errors).toEqual([]);
    await federation.context.close();

    // 代办: district staff start the living subsidy from the same card, into the holder's account.
    const desk = await signedInAs(browser, platform, '13800000101', { lang: 'zh-CN', next: '/staff/file-benefit' });
    await h1(desk.page, T.benefits.filing.title);
    await desk.page.getByLabel(T.staff.accountPhone, { exact: true }).fill('13700001301');
    await desk.page.getByLabel(T.benefits.benefit, { exact: true }).selectOption('living-subsidy');
    await desk.page.getByLabel(T.benefits.filing.certificateNumber, { exact: true }).fill(holder.certificateNumber);
    await checked(desk.page, 'benefit filing (staff)');
    await desk.page.getByRole('button', { name: T.benefits.filing.start, exact: true }).click();
    await h1(desk.page, '困难残疾人生活补贴');
    await checked(desk.page, 'benefit draft filed by staff');
    expect(desk.errors).toEqual([]);
    await desk.context.close();

    const dynamo = tableClient(platform);
    const audit = await itemsOf(dynamo, platform, sent.id, 'AUDIT#');
    dynamo.destroy();
    expect(audit.filter((a) => a.action?.S === 'bankAccountRevealed')).toHaveLength(1);
  });
});
