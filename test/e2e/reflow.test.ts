/**
 * Every page reflows (WCAG 1.4.10, 1.4.4): on a 320-pixel screen, at normal text size and with the
 * reader's text at 200%, nothing needs sideways scrolling, in Chinese and English; staff and admin pages
 * included. On a 390×844 phone the page's heading is on the first screen in every mode.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Platform } from '../../local/platform.js';
import { zhCN } from '../../web/src/locales/zh-CN.js';
import { signIn, startTestPlatform, type Client } from '../support/test-platform.js';
import { createDraft, readyToSubmit, uniqueKey, completeSelfAnswers } from '../support/applications.js';
import { headingOnFirstScreen, launchBrowser, overflowing, setTextSize } from './browser.js';

let platform: Platform;
let browser: Browser;
const pages: { who: 'public' | 'citizen' | 'staff' | 'admin'; path: string }[] = [];
const clients: Partial<Record<'citizen' | 'staff' | 'admin', Client>> = {};

beforeAll(async () => {
  platform = await startTestPlatform({ web: true });
  browser = await launchBrowser();
  clients.citizen = await signIn(platform, '13900000061');
  clients.staff = await signIn(platform, '13800000101');
  clients.admin = await signIn(platform, '13800000100');
  const draft = await createDraft(clients.citizen, { ...completeSelfAnswers, personPhone: '13900000061' });
  const submitted = await readyToSubmit(clients.citizen, { ...completeSelfAnswers, personPhone: '13900000061' });
  expect((await clients.citizen.call('POST', `/applications/${submitted.id}/submit`, { version: submitted.version }, { 'idempotency-key': uniqueKey() })).status).toBe(201);
  await platform.drainNotifications();
  pages.push(
    ...['/', '/sign-in', '/apply', '/progress', '/email/verify', '/benefits', '/dev/messages', '/no-such-page'].map((path) => ({ who: 'public' as const, path })),
    ...['/applications', ...['person', 'address', 'delivery', 'documents', 'consent'].map((s) => `/applications/${draft.id}/step/${s}`), `/applications/${draft.id}/check`, `/applications/${submitted.id}`, `/applications/${submitted.id}/receipt`, '/notices', '/certificates', '/benefits/mine', '/people', '/people/link', '/settings'].map((path) => ({ who: 'citizen' as const, path })),
    ...['/staff', `/staff/applications/${submitted.id}`, '/staff/file'].map((path) => ({ who: 'staff' as const, path })),
    { who: 'admin', path: '/admin/staff' },
  );
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

/** A browser context already signed in as `who` (the session the sign-in page would store), in `lang`. */
async function contextFor(who: 'public' | 'citizen' | 'staff' | 'admin', lang: 'zh-CN' | 'en', viewport: { width: number; height: number }, care = false): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport, locale: lang });
  const client = who === 'public' ? undefined : clients[who]!;
  const profile = client ? (await client.call('GET', '/me')).body.profile : undefined;
  const session = client
    ? JSON.stringify({ token: client.token, expiresAt: new Date(Date.now() + 30 * 60_000).toISOString(), endsAt: new Date(Date.now() + 24 * 3600_000).toISOString(), limitHours: 24, profile })
    : null;
  await context.addInitScript(
    ({ language, session, care }) => {
      localStorage.setItem('onevisit.language', language);
      localStorage.setItem('onevisit.careMode', care ? 'on' : 'off');
      if (session) localStorage.setItem('onevisit.session', session);
    },
    { language: lang, session, care },
  );
  return context;
}

async function open(page: Page, path: string) {
  await page.goto(`${platform.webUrl}${path}`);
  await page.locator('main h1').first().waitFor({ timeout: 15_000 });
  await page.getByText(zhCN.common.loading).or(page.getByText('Loading…')).first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => undefined);
}

describe('reflow', () => {
  for (const [lang, text] of [
    ['zh-CN', 100],
    ['zh-CN', 200],
    ['en', 200],
  ] as const) {
    it(`needs no sideways scrolling on any page at 320 pixels with text at ${text}% (${lang})`, async () => {
      const found: string[] = [];
      for (const who of ['public', 'citizen', 'staff', 'admin'] as const) {
        const context = await contextFor(who, lang, { width: 320, height: 640 });
        const page = await context.newPage();
        await setTextSize(page, text);
        for (const { path } of pages.filter((p) => p.who === who)) {
          await open(page, path);
          // The text size is really the reader's: the body's type follows it.
          expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBeCloseTo((17 * text) / 100, 0);
          found.push(...(await overflowing(page)).map((o) => `${path}: ${o}`));
        }
        await context.close();
      }
      expect(found).toEqual([]);
    });
  }

  it('shows the page heading on the first screen of a 390×844 phone, in care mode and with 200% text too', async () => {
    const found: string[] = [];
    for (const mode of ['normal', 'care', 'text200'] as const) {
      for (const who of ['public', 'staff'] as const) {
        const context = await contextFor(who, 'zh-CN', { width: 390, height: 844 }, mode === 'care');
        const page = await context.newPage();
        if (mode === 'text200') await setTextSize(page, 200);
        for (const path of who === 'public' ? ['/', '/apply', '/benefits', '/sign-in'] : ['/staff']) {
          await open(page, path);
          const { bottom, screen } = await headingOnFirstScreen(page);
          if (bottom > screen) found.push(`${path} (${mode}): heading ends at ${bottom} px, screen is ${screen}`);
        }
        await context.close();
      }
    }
    expect(found).toEqual([]);
  });

  it('shows the whole navigation on a wide screen, and folds it behind a menu button on a phone and in large text', async () => {
    const seen: Record<string, { menu: boolean; nav: boolean }> = {};
    for (const [name, viewport, text] of [
      ['wide', { width: 1024, height: 800 }, 100],
      ['phone', { width: 390, height: 844 }, 100],
      ['wide, 200% text', { width: 1024, height: 800 }, 200],
    ] as const) {
      const context = await contextFor('public', 'zh-CN', viewport);
      const page = await context.newPage();
      await setTextSize(page, text);
      await open(page, '/');
      seen[name] = { menu: await page.locator('.menu-button').isVisible(), nav: await page.getByRole('navigation').getByRole('link', { name: zhCN.nav.signIn }).isVisible() };
      await context.close();
    }
    expect(seen).toEqual({ wide: { menu: false, nav: true }, phone: { menu: true, nav: false }, 'wide, 200% text': { menu: true, nav: false } });
  });
});
