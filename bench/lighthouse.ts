/**
 * Lighthouse's mobile performance score (its default: a mid-range phone, simulated slow 4G and a 4× slower
 * CPU) for the public pages, with Debian's Chromium. Scores move with the machine's load, so each page
 * runs several times and the median is kept.
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM } from '../test/support/chromium.js';

export interface LighthouseFigures {
  score: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  speedIndexMs: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export async function lighthouseScores(baseUrl: string, paths: string[], runs: number): Promise<Record<string, LighthouseFigures & { scores: number[] }>> {
  const profile = mkdtempSync(join(tmpdir(), 'onevisit-lighthouse-'));
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    userDataDir: profile,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-domain-reliability'],
  });
  try {
    const results: Record<string, LighthouseFigures & { scores: number[] }> = {};
    for (const path of paths) {
      const figures: LighthouseFigures[] = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(`${baseUrl}${path}`, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error', output: 'json' });
        const lhr = result!.lhr;
        const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
        figures.push({
          score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
          fcpMs: audit('first-contentful-paint'),
          lcpMs: audit('largest-contentful-paint'),
          tbtMs: audit('total-blocking-time'),
          cls: audit('cumulative-layout-shift'),
          speedIndexMs: audit('speed-index'),
        });
      }
      const keys = Object.keys(figures[0]!) as (keyof LighthouseFigures)[];
      results[path] = { ...(Object.fromEntries(keys.map((k) => [k, median(figures.map((f) => f[k]))])) as unknown as LighthouseFigures), scores: figures.map((f) => f.score) };
    }
    return results;
  } finally {
    chrome.kill();
    rmSync(profile, { recursive: true, force: true });
  }
}
