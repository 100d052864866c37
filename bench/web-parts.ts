/**
 * The parts of `npm run bench` about pages: JavaScript per page (gzip) from a production build, and the
 * public pages on a slow connection and in Lighthouse.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { benchPlatform } from './service-parts.js';
import { slowNetworkLoads, type SlowPage } from './slow-network.js';
import { lighthouseScores } from './lighthouse.js';

const root = resolve(import.meta.dirname, '..');

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  isEntry?: boolean;
  src?: string;
}

export async function buildWeb(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'onevisit-bench-web-'));
  await build({ configFile: join(root, 'web/vite.config.ts'), mode: 'production', logLevel: 'silent', build: { outDir, manifest: true, emptyOutDir: true } });
  return outDir;
}

/**
 * gzip bytes of the JavaScript each page needs: the entry and the page's chunks, plus what the page loads
 * right after it is live (its form validation), but not other pages or the other language.
 */
export function pageSizes(outDir: string): Record<string, number> {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const gz = (file: string) => gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length;
  const closure = (key: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(key)) return seen;
    seen.add(key);
    for (const i of manifest[key]?.imports ?? []) closure(i, seen);
    return seen;
  };
  const entryKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
  const pages: Record<string, string | undefined> = {
    'home (/)': undefined,
    'sign-in': 'src/pages/sign-in.tsx',
    'start + materials (/apply)': 'src/pages/start-application.tsx',
    'application step': 'src/pages/application-step.tsx',
    'check answers': 'src/pages/check-answers.tsx',
    receipt: 'src/pages/receipt.tsx',
    'my applications': 'src/pages/my-applications.tsx',
    'application detail': 'src/pages/application-detail.tsx',
    'staff: queue': 'src/pages/staff/queue.tsx',
    'staff: application view': 'src/pages/staff/application.tsx',
  };
  const later = (key: string) => !key.startsWith('src/pages/') && !key.startsWith('src/locales/');
  const sizes: Record<string, number> = {};
  for (const [name, page] of Object.entries(pages)) {
    const entry = closure(entryKey);
    const keys = new Set(entry);
    if (page) {
      const own = [...closure(page, new Set())].filter((k) => !entry.has(k));
      for (const k of own) keys.add(k);
      for (const k of own) for (const d of manifest[k]?.dynamicImports ?? []) if (later(d) && !keys.has(d)) closure(d, keys);
    }
    sizes[name] = [...keys].reduce((sum, k) => sum + gz(manifest[k]!.file), 0);
  }
  return sizes;
}

/** The pages a first-time visitor opens, and the control that makes each usable. */
const PUBLIC_PAGES: SlowPage[] = [
  { path: '/', control: 'main a[href="/apply"]' },
  { path: '/sign-in', control: 'main form button[type="submit"]' },
];

/** The public pages on a 400 kbps / 400 ms connection, or their Lighthouse mobile scores, on a portal of its own. */
export async function pageLoads(webRoot: string, what: 'slow' | 'lighthouse') {
  const { platform, stop } = await benchPlatform(webRoot);
  try {
    return what === 'slow' ? await slowNetworkLoads(platform.webUrl, webRoot, PUBLIC_PAGES, 5) : await lighthouseScores(platform.webUrl, PUBLIC_PAGES.map((p) => p.path), 5);
  } finally {
    await stop();
  }
}
