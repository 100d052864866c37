/**
 * The public pages on a cheap phone's connection: Chromium with its network emulated at 400 kbps and a
 * 400 ms round trip (CDP Network.emulateNetworkConditions), an empty cache every run. Measured inside the
 * page, so it works the same on any build:
 *  - content visible: the first frame in which the page's h1 has its words;
 *  - usable: the first frame in which the page's main control is wired to React (its handlers attached);
 *  - FCP, LCP and CLS as Chromium reports them, and the bytes sent over the wire.
 * The floor is a 1 KB static page over the same link (connection set-up and one request): the ratio says
 * how far above the network's own cost a page is. Nothing here is a test: it prints, it never asserts.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../test/support/chromium.js';

export const SLOW_LINK = { kbps: 400, rttMs: 400 };

export interface PageLoad {
  contentVisibleMs: number;
  usableMs: number;
  fcpMs: number;
  lcpMs: number;
  cls: number;
  transferKB: number;
}

export interface SlowPage {
  path: string;
  /** The control that makes the page usable: home's start link, sign-in's button. */
  control: string;
}

/**
 * Installed before any script of the page runs; records the two moments per animation frame. Plain
 * source text: a function would be serialised with the TypeScript loader's helpers, which the page lacks.
 */
const probe = (control: string | null) => `(() => {
  const control = ${JSON.stringify(control)};
  const marks = { cls: 0, lcp: 0 };
  window.__bench = marks;
  new PerformanceObserver((list) => list.getEntries().forEach((e) => { if (!e.hadRecentInput) marks.cls += e.value; })).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => list.getEntries().forEach((e) => { marks.lcp = e.startTime; })).observe({ type: 'largest-contentful-paint', buffered: true });
  const tick = () => {
    const h1 = document.querySelector('h1');
    if (marks.visible === undefined && h1 && (h1.textContent || '').trim()) marks.visible = performance.now();
    // A page without React (the floor) is usable as soon as it is visible.
    const el = control ? document.querySelector(control) : h1;
    const wired = el && (!control || Object.keys(el).some((k) => k.startsWith('__reactProps$')));
    if (marks.usable === undefined && marks.visible !== undefined && wired) marks.usable = performance.now();
    if (marks.visible === undefined || marks.usable === undefined) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

async function loadOnce(browser: Browser, url: string, control: string | null): Promise<PageLoad> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: SLOW_LINK.rttMs,
    downloadThroughput: (SLOW_LINK.kbps * 1000) / 8,
    uploadThroughput: (SLOW_LINK.kbps * 1000) / 8,
  });
  let transferred = 0;
  cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => (transferred += e.encodedDataLength));
  await page.addInitScript({ content: probe(control) });
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForFunction(() => {
      const b = (window as unknown as { __bench: Record<string, number> }).__bench;
      return b.visible !== undefined && b.usable !== undefined;
    }, undefined, { timeout: 120_000, polling: 100 });
    // Let late shifts (fonts, data) land before reading CLS.
    await page.waitForTimeout(1500);
    const marks = await page.evaluate(() => {
      const b = (window as unknown as { __bench: Record<string, number> }).__bench;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
      return { visible: b.visible!, usable: b.usable!, fcp, lcp: b.lcp!, cls: b.cls! };
    });
    return { contentVisibleMs: marks.visible, usableMs: marks.usable, fcpMs: marks.fcp, lcpMs: marks.lcp, cls: marks.cls, transferKB: transferred / 1024 };
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export function medianLoad(runs: PageLoad[]): PageLoad {
  const keys = Object.keys(runs[0]!) as (keyof PageLoad)[];
  return Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))])) as unknown as PageLoad;
}

/** Each page `runs` times on a fresh context; the median of each figure, and the floor page's. */
export async function slowNetworkLoads(baseUrl: string, webRoot: string, pages: SlowPage[], runs: number) {
  writeFileSync(join(webRoot, 'bench-floor.html'), `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>floor</title><h1>残联一次办</h1><p>${'一'.repeat(300)}</p></html>`);
  const browser = await launchBrowser();
  try {
    const floorRuns: PageLoad[] = [];
    for (let i = 0; i < runs; i++) floorRuns.push(await loadOnce(browser, `${baseUrl}/bench-floor.html`, null));
    const results: Record<string, PageLoad> = {};
    for (const { path, control } of pages) {
      const loads: PageLoad[] = [];
      for (let i = 0; i < runs; i++) loads.push(await loadOnce(browser, `${baseUrl}${path}`, control));
      results[path] = medianLoad(loads);
    }
    return { link: SLOW_LINK, runs, floor: medianLoad(floorRuns), pages: results };
  } finally {
    await browser.close();
  }
}
