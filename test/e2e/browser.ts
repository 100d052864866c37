/**
 * Debian's Chromium driven by playwright-core (never a browser download), and axe on every page. In CI a
 * missing browser fails the run instead of skipping it. Pages run under the production CSP (the gateway
 * sends it); anything the browser refuses or ignores because of it fails the test it happened in.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { afterEach, expect } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const cspViolations: string[] = [];

/** What the browser reported about the CSP since the last call: refused loads and sources it ignored. */
export function takeCspViolations(): string[] {
  return cspViolations.splice(0);
}

afterEach(() => {
  expect(takeCspViolations(), 'the browser reported Content Security Policy violations').toEqual([]);
});

async function watchCsp(context: BrowserContext): Promise<void> {
  await context.exposeBinding('__onevisitCspViolation', (_source, report: string) => void cspViolations.push(report));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __onevisitCspViolation(r: string): void }).__onevisitCspViolation;
      report(`${e.effectiveDirective} refused ${e.blockedURI || '(inline)'} on ${location.pathname}`);
    });
  });
  // A source the browser cannot parse is dropped with a console message only, before anything is refused.
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text()) && ['error', 'warning'].includes(message.type())) cspViolations.push(message.text());
  });
}

/** playwright's launch gives every run a fresh, empty profile of its own; every context watches the CSP. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  const browser = await launch();
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args: Parameters<Browser['newContext']>) => {
    const context = await newContext(...args);
    await watchCsp(context);
    return context;
  };
  return browser;
}

function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-domain-reliability',
    ],
  });
}

/** axe with the WCAG 2.0–2.2 A and AA rules: any violation fails the test, named with the page it was on. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe on ${where}`).toEqual([]);
}

/** Every visible control is at least `min` CSS pixels in both directions (WCAG 2.5.8 asks 24; care mode 44). */
export async function smallTargets(page: Page, min: number): Promise<string[]> {
  return page.evaluate((minimum) => {
    const controls = Array.from(document.querySelectorAll<HTMLElement>('button, a[href], input:not([type="file"]), label.radio, label.checkbox, [role="switch"], label.switch'));
    return controls
      .filter((el) => {
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) return false;
        // Inputs that React Aria hides inside a 1-pixel clipped wrapper are operated through their label.
        const wrapper = el.parentElement?.getBoundingClientRect();
        if (wrapper && wrapper.width <= 1 && wrapper.height <= 1) return false;
        // Inline links inside running text are exempt (WCAG 2.5.8 "inline").
        if (el.tagName === 'A' && el.closest('p, li') && !el.classList.contains('button') && getComputedStyle(el).display === 'inline') return false;
        return r.width < minimum || r.height < minimum;
      })
      .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(el.getBoundingClientRect().width)}x${Math.round(el.getBoundingClientRect().height)}`);
  }, min);
}
