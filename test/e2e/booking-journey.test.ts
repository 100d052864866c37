/**
 * The assessment appointment in Chromium: a citizen in care mode books by keyboard alone (React Aria's
 * calendar, the free seats read out), moves the booking once and has the pass with its QR code; on the
 * day the assessor checks them in by the reference and records the result; the citizen sees the next
 * step. axe checks every new page; the booking page reflows at 320 px. (The application itself is
 * accepted in the table, as the staff journey's test covers getting there.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Platform } from '../../local/platform.js';
import { zhCN as T } from '../../web/src/locales/zh-CN.js';
import { signIn, startTestPlatform, type Client } from '../support/test-platform.js';
import { tableClient } from '../support/table.js';
import { acceptedMatters, placeToday } from '../support/booking.js';
import { expectNoAxeViolations, launchBrowser, overflowing, smallTargets } from './browser.js';
import { signedInAs } from './sessions.js';

let platform: Platform;
let browser: Browser;
let dynamo: DynamoDBClient;

beforeAll(async () => {
  platform = await startTestPlatform({ web: true });
  browser = await launchBrowser();
  dynamo = tableClient(platform);
});
afterAll(async () => {
  dynamo?.destroy();
  await browser?.close();
  await platform?.stop();
});

const t = (text: string, params: Record<string, string | number> = {}) => text.replace(/\{\{(\w+)\}\}/g, (_m, k: string) => String(params[k] ?? ''));
const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 15_000 });

const desktop = { lang: 'zh-CN', viewport: { width: 1024, height: 900 } } as const;

async function check(page: Page, where: string, min = 24) {
  await expectNoAxeViolations(page, where);
  expect(await smallTargets(page, min), `targets on ${where}`).toEqual([]);
}

/** Tab until the target has focus, as a keyboard user does. */
async function tabTo(page: Page, target: ReturnType<Page['locator']>, what: string) {
  await target.first().waitFor();
  for (let i = 0; i < 200; i++) {
    if (await target.first().evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${what} with Tab`);
}

/** Chooses the first day with a free seat and its first free time, with the keyboard alone. */
async function chooseFirstSeatByKeyboard(page: Page, said: string[]) {
  const cell = page.locator('.calendar-cell[data-focused], .calendar-cell[tabindex="0"]');
  await tabTo(page, cell, 'the calendar');
  // Moving along the days reads each one's free seats out (the live region under the calendar).
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  said.push((await page.locator('.seat-picker [aria-live="polite"]').textContent()) ?? '');
  await page.keyboard.press('Enter');
  const radio = page.getByRole('radio').first();
  await tabTo(page, radio, 'the first time');
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('button', { name: T.booking.continue, exact: true }), 'continue');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 2, name: T.booking.check }).waitFor();
}

describe('booking the assessment', () => {
  it('a citizen in care mode books by keyboard, moves it once; the assessor checks them in and records the result; the citizen sees the next step', async () => {
    const [matter] = await acceptedMatters(dynamo, platform, 1, { tag: 'e2e', ownerId: () => 'demo-citizen-1' });
    const citizen = await signedInAs(browser, platform, '13900000001', { ...desktop, careMode: true, landing: T.mine.title });
    const { page } = citizen;
    await page.goto(`${platform.webUrl}/applications/${matter!.id}`);
    await page.getByRole('heading', { level: 2, name: T.follow.bookTitle }).waitFor({ timeout: 15_000 });
    await tabTo(page, page.getByRole('link', { name: T.follow.bookLink, exact: true }), 'the booking link');
    await page.keyboard.press('Enter');
    await heading(page, T.booking.title);
    await page.locator('.calendar').waitFor();
    await check(page, 'booking page (care mode)', 44);

    const said: string[] = [];
    await chooseFirstSeatByKeyboard(page, said);
    expect(said[0]).toMatch(new RegExp(T.booking.dayFree.replace('{{day}}', '.+').replace('{{count}}', '\\d+')));
    await tabTo(page, page.getByRole('button', { name: T.booking.confirm, exact: true }), 'confirm');
    await page.keyboard.press('Enter');
    await page.getByText(T.booking.booked).waitFor({ timeout: 15_000 });
    await page.getByRole('img', { name: /预约号.+的二维码/ }).waitFor();
    const reference = (await page.locator('.booking-pass .reference').first().textContent())!;
    expect(reference).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const firstWhen = await page.locator('.booking-pass dd').first().textContent();
    await check(page, 'booking pass (care mode)', 44);

    // Moved once, by keyboard: the reference stays, the time changes.
    await tabTo(page, page.getByRole('button', { name: T.booking.move, exact: true }), 'change time');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: T.booking.pickNew }).waitFor();
    await chooseFirstSeatByKeyboard(page, said);
    await tabTo(page, page.getByRole('button', { name: T.booking.confirmMove, exact: true }), 'confirm the move');
    await page.keyboard.press('Enter');
    await page.getByText(T.booking.moved).waitFor({ timeout: 15_000 });
    expect(await page.locator('.booking-pass .reference').first().textContent()).toBe(reference);
    expect(await page.locator('.booking-pass dd').first().textContent()).not.toBe(firstWhen);
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await overflowing(page), 'booking page at 320 px').toEqual([]);
    expect(citizen.focusLosses, 'focus fell to the page').toEqual([]);

    // The day comes: the assessor checks the person in by the reference on the pass and records the result.
    const staffApi: Client = await signIn(platform, '13800000101');
    const booked = (await staffApi.call('GET', `/applications/${matter!.id}/booking`)).body.active[0];
    await placeToday(dynamo, platform, matter!.id, booked.id);
    const assessor = await signedInAs(browser, platform, '13700000201', { ...desktop, landing: T.desk.title });
    const desk = assessor.page;
    await check(desk, 'assessor desk');
    await desk.getByLabel(T.desk.reference).fill(reference.toLowerCase());
    await desk.getByRole('button', { name: T.desk.checkInButton, exact: true }).click();
    await desk.getByText(t(T.desk.checkedIn, { name: '测试0' })).waitFor({ timeout: 15_000 });
    await desk.getByRole('link', { name: t(T.desk.openPerson, { name: '测试0' }) }).click();
    await heading(desk, '测试0');
    await check(desk, 'assessor person page');
    const form = desk.getByRole('form', { name: T.staff.actions.recordAssessment });
    await form.getByLabel(T.staff.grade).first().selectOption('2');
    await form.getByRole('button', { name: T.staff.actions.recordAssessment, exact: true }).click();
    await desk.getByText(t(T.staff.done, { action: T.staff.actions.recordAssessment })).waitFor({ timeout: 15_000 });
    await desk.goto(`${platform.webUrl}/assessor/sessions/${booked.sessionId}`);
    await heading(desk, new RegExp(T.desk.rosterTitle.replace(/\{\{\w+\}\}/g, '.+')));
    await check(desk, 'assessor roster');
    await desk.goto(`${platform.webUrl}/assessor/home-visits`);
    await heading(desk, T.planner.title);
    await check(desk, 'home-visit planner (assessor)');

    // The citizen sees the next step.
    await page.setViewportSize({ width: 1024, height: 900 });
    await page.goto(`${platform.webUrl}/applications/${matter!.id}`);
    await page.getByText(T.status.assessed.label).first().waitFor({ timeout: 15_000 });
    await page.getByText(T.status.assessed.next).waitFor();
    await page.getByText(t(T.timeline.checkedIn, { date: '', start: '' }).slice(0, 6)).first().waitFor();

    // Staff see it in the queue and the matter, and plan home visits.
    const staff = await signedInAs(browser, platform, '13800000101', { ...desktop, landing: T.staff.queueTitle });
    await staff.page.goto(`${platform.webUrl}/staff/applications/${matter!.id}`);
    await staff.page.getByRole('heading', { level: 2, name: T.staff.bookingTitle }).waitFor({ timeout: 15_000 });
    await check(staff.page, 'staff matter view with the booking');
    await staff.page.goto(`${platform.webUrl}/staff/home-visits`);
    await heading(staff.page, T.planner.title);
    await check(staff.page, 'home-visit planner (staff)');
    for (const c of [citizen.context, assessor.context, staff.context]) await c.close();
  });
});
