/**
 * Debian's Chromium driven by playwright-core (never a browser download), and axe on every page. In CI a
 * missing browser fails the run instead of skipping it.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { expect } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** playwright's launch gives every run a fresh, empty profile of its own. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
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
