/**
 * The browser tests' checks: axe on every page, target sizes, focus. In CI a missing browser fails the run
 * instead of skipping it. Pages run under the production CSP (the gateway sends it); anything the browser
 * refuses or ignores because of it fails the test it happened in.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { afterEach, expect } from 'vitest';
import { takeCspViolations } from '../support/chromium.js';

export { CHROMIUM, launchBrowser } from '../support/chromium.js';

afterEach(() => {
  expect(takeCspViolations(), 'the browser reported Content Security Policy violations').toEqual([]);
});

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

export interface FocusLoss {
  url: string;
  after: string;
}

/**
 * Watches every page of `context` for focus falling to <body> because the focused control was taken out
 * of the page, however the test acts and across page loads. Such a fall counts as a loss unless the page
 * itself puts focus somewhere (a new page's heading, the control that replaced the one that went) before
 * the next press or key, or within a second: a test's quick next click cannot hide it.
 */
export async function watchFocus(context: BrowserContext): Promise<FocusLoss[]> {
  const losses: FocusLoss[] = [];
  await context.exposeBinding('__reportFocusLoss', (_source, loss: FocusLoss) => void losses.push(loss));
  await context.addInitScript({
    content: `(() => {
      let last = '';
      let focused = null;
      let pending = null;
      let timer;
      const describe = (el) => el && el.tagName ? (el.tagName.toLowerCase() + ' "' + (el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40) + '"') : '';
      const report = () => {
        if (pending) window.__reportFocusLoss(pending);
        pending = null;
        clearTimeout(timer);
      };
      document.addEventListener('focusin', (event) => { focused = event.target; pending = null; clearTimeout(timer); }, true);
      for (const type of ['pointerdown', 'keydown']) {
        window.addEventListener(type, (event) => { report(); last = type + ' ' + (event.key || '') + ' on ' + describe(event.target); }, true);
      }
      const check = () => {
        const active = document.activeElement;
        if (pending || !last || !focused || focused.isConnected || (active && active !== document.body)) return;
        pending = { url: location.pathname + location.search, after: last + ', then ' + describe(focused) + ' left the page' };
        timer = setTimeout(() => { if (!document.activeElement || document.activeElement === document.body) report(); else pending = null; }, 1000);
      };
      window.addEventListener('DOMContentLoaded', () => new MutationObserver(check).observe(document.body, { childList: true, subtree: true }));
    })();`,
  });
  return losses;
}

/** The page's h1 within the first screen: its bottom above the fold. */
export async function headingOnFirstScreen(page: Page): Promise<{ bottom: number; screen: number }> {
  return page.evaluate(() => ({ bottom: Math.round(document.querySelector('h1')!.getBoundingClientRect().bottom + window.scrollY), screen: window.innerHeight }));
}

/** Everything that pokes out past the right edge of the screen (a page that reflows has none), named for the failure message. */
export async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > width + 1) found.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    for (const el of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= width + 1) continue;
      if (el.closest('.visually-hidden, [aria-hidden="true"] .visually-hidden') || getComputedStyle(el).position === 'absolute' && r.width <= 1) continue;
      found.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${el.className} "${(el.textContent ?? '').trim().slice(0, 30)}" right ${Math.round(r.right)} > ${width}`);
    }
    return found.slice(0, 10);
  });
}

/** The reader's own text size, as the browser's font-size setting sets it: 200% doubles the default 16 px (CDP Page.setFontSizes). */
export async function setTextSize(page: Page, percent: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: Math.round(16 * percent / 100), fixed: Math.round(13 * percent / 100) } });
}
