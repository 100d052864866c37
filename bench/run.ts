/**
 * `npm run bench`: the figures the issue asks for, printed and written to bench-results/latest.json.
 *  1. seconds from `npm start` (cold, fresh data) to a usable portal;
 *  2. gzip size of the JavaScript each page loads (production build), citizen and staff;
 *  3. submit latency (median, p99) with 20 concurrent clients against the local stack, and the staff
 *     queue's latency right after;
 *  4. the public pages on a 400 kbps / 400 ms connection: content visible and usable (bench/slow-network.ts);
 *  5. Lighthouse mobile performance of the same pages, median of several runs (bench/lighthouse.ts);
 *  6. the benefits' eligibility check over 10,000 generated people, ms per person, next to a floor (bench/eligibility.ts).
 * `npm run bench -- slow lighthouse` runs only the parts named. Wall-clock figures depend on the machine
 * and its load: compare runs on the same machine.
 */
import '../local/node-version-notice.js';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { startPlatform } from '../local/platform.js';
import { startDynamoLocal } from '../local/dynamo-local.js';
import { freePort } from '../local/free-port.js';
import { signIn } from '../test/support/test-platform.js';
import { readyToSubmit, uniqueKey } from '../test/support/applications.js';
import { slowNetworkLoads, type SlowPage } from './slow-network.js';
import { lighthouseScores } from './lighthouse.js';
import { eligibilityBench } from './eligibility.js';
import { bookingBench } from './booking.js';

const root = resolve(import.meta.dirname, '..');

async function startupSeconds(): Promise<number> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'onevisit-bench-start-'));
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'local/start.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), S3_PORT: String(await freePort()), DYNAMODB_PORT: String(await freePort()), ONEVISIT_DATA_DIR: dataDir },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      const ok = await fetch(`http://localhost:${port}/api/districts`).then((r) => r.ok).catch(() => false);
      const page = ok && (await fetch(`http://localhost:${port}/`).then((r) => r.ok).catch(() => false));
      if (page) return (performance.now() - started) / 1000;
      if (performance.now() - started > 120_000) throw new Error('portal did not start within 120 s');
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    if (child.exitCode === null) {
      child.kill('SIGINT');
      await new Promise((r) => child.once('exit', r));
    }
  }
}

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  isEntry?: boolean;
  src?: string;
}

async function buildWeb(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'onevisit-bench-web-'));
  await build({ configFile: join(root, 'web/vite.config.ts'), mode: 'production', logLevel: 'silent', build: { outDir, manifest: true, emptyOutDir: true } });
  return outDir;
}

/**
 * gzip bytes of the JavaScript each page needs: the entry and the page's chunks, plus what the page loads
 * right after it is live (its form validation), but not other pages or the other language.
 */
function pageSizes(outDir: string): Record<string, number> {
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

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function benchPlatform(webRoot?: string) {
  const dynamo = await startDynamoLocal(await freePort());
  const platform = await startPlatform({
    dataDir: mkdtempSync(join(tmpdir(), 'onevisit-bench-')),
    webPort: 0,
    s3Port: 0,
    dynamoEndpoint: dynamo.endpoint,
    tableName: 'bench',
    bucketName: 'onevisit-documents',
    seed: true,
    quiet: true,
    // Every simulated person signs in from this one machine.
    limits: { otpPerAddressPerHour: 1000 },
    reminders: false,
    ...(webRoot ? { webRoot } : {}),
  });
  return {
    platform,
    async stop() {
      await platform.stop();
      await dynamo.stop();
    },
  };
}

/** The pages a first-time visitor opens, and the control that makes each usable. */
const PUBLIC_PAGES: SlowPage[] = [
  { path: '/', control: 'main a[href="/apply"]' },
  { path: '/sign-in', control: 'main form button[type="submit"]' },
];

async function pageLoads(webRoot: string) {
  const { platform, stop } = await benchPlatform(webRoot);
  try {
    const slow = parts.has('slow') ? await slowNetworkLoads(platform.webUrl, webRoot, PUBLIC_PAGES, 5) : undefined;
    const lighthouse = parts.has('lighthouse') ? await lighthouseScores(platform.webUrl, PUBLIC_PAGES.map((p) => p.path), 5) : undefined;
    return { slow, lighthouse };
  } finally {
    await stop();
  }
}

async function submitLatency(clients: number, rounds: number) {
  const { platform, stop } = await benchPlatform();
  try {
    // Signing in is not what is measured: one after another, so the machine is quiet when the clock starts.
    const people = [];
    for (let i = 0; i < clients; i++) people.push(await signIn(platform, `1370000${String(i).padStart(4, '0')}`));
    const drafts = await Promise.all(people.map(async (p) => { const list = []; for (let r = 0; r < rounds; r++) list.push(await readyToSubmit(p)); return list; }));
    const latencies: number[] = [];
    const started = performance.now();
    await Promise.all(
      people.map(async (person, i) => {
        for (const draft of drafts[i]!) {
          const t0 = performance.now();
          const response = await person.call('POST', `/applications/${draft.id}/submit`, { version: draft.version }, { 'idempotency-key': uniqueKey('bench') });
          latencies.push(performance.now() - t0);
          if (response.status !== 201) throw new Error(`submit answered ${response.status}`);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);

    // The district's queue right after: every submitted matter, sorted by deadline, as staff open it.
    const staff = await signIn(platform, '13800000101');
    const queueTimes: number[] = [];
    let queueItems = 0;
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      const queue = await staff.call('GET', '/staff/applications');
      queueTimes.push(performance.now() - t0);
      queueItems = queue.body.items.length;
    }
    queueTimes.sort((a, b) => a - b);
    return {
      clients,
      submits: latencies.length,
      medianMs: percentile(latencies, 50),
      p99Ms: percentile(latencies, 99),
      perSecond: latencies.length / seconds,
      queue: { items: queueItems, medianMs: percentile(queueTimes, 50), p99Ms: percentile(queueTimes, 99) },
    };
  } finally {
    await stop();
  }
}

const ALL = ['startup', 'js', 'submit', 'booking', 'slow', 'lighthouse', 'eligibility'];
const named = process.argv.slice(2).filter((a) => ALL.includes(a));
const parts = new Set(named.length ? named : ALL);

const webRoot = parts.has('js') || parts.has('slow') || parts.has('lighthouse') ? await buildWeb() : undefined;
const loads = webRoot && (parts.has('slow') || parts.has('lighthouse')) ? await pageLoads(webRoot) : undefined;
const results = {
  at: new Date().toISOString(),
  machine: `${process.platform} ${process.arch}, node ${process.version}`,
  ...(parts.has('startup') ? { startupSeconds: await startupSeconds() } : {}),
  ...(parts.has('js') ? { pageJsGzipBytes: pageSizes(webRoot!) } : {}),
  ...(parts.has('submit') ? { submit: await submitLatency(20, 5) } : {}),
  ...(parts.has('booking') ? { booking: await bookingBench() } : {}),
  ...(loads?.slow ? { slowNetwork: loads.slow } : {}),
  ...(loads?.lighthouse ? { lighthouseMobile: loads.lighthouse } : {}),
  ...(parts.has('eligibility') ? { eligibility: eligibilityBench() } : {}),
};

console.log(`\nOneVisit benchmarks (${results.machine})`);
if (results.startupSeconds !== undefined) console.log(`  npm start → usable portal: ${results.startupSeconds.toFixed(1)} s (cold, fresh data, includes the web build)`);
if (results.pageJsGzipBytes) {
  console.log('  JavaScript per page (gzip, production build):');
  for (const [page, bytes] of Object.entries(results.pageJsGzipBytes)) console.log(`    ${page.padEnd(28)} ${(bytes / 1024).toFixed(1)} KB`);
}
const s = results.submit;
if (s) {
  console.log(`  submit, ${s.clients} concurrent clients, ${s.submits} submits: median ${s.medianMs.toFixed(0)} ms, p99 ${s.p99Ms.toFixed(0)} ms, ${s.perSecond.toFixed(1)}/s`);
  console.log(`  staff queue of ${s.queue.items} open matters: median ${s.queue.medianMs.toFixed(0)} ms, p99 ${s.queue.p99Ms.toFixed(0)} ms`);
}
const b = results.booking;
if (b) {
  console.log(`  booking rush: ${b.rush.attempts} at once for ${b.rush.seats} seats → ${b.rush.booked} booked, ${b.rush.refused} told it was full, ${b.rush.otherAnswers} other; overbooked ${b.rush.overbooked}; ${b.rush.attemptsPerSecond.toFixed(0)} attempts/s (${b.rush.seconds.toFixed(1)} s)`);
  console.log(`  booking, ${b.latency.clients} concurrent clients: p50 ${b.latency.bookingP50Ms.toFixed(0)} ms, p99 ${b.latency.bookingP99Ms.toFixed(0)} ms; the bare transaction it wraps: p50 ${b.latency.transactionP50Ms.toFixed(0)} ms, p99 ${b.latency.transactionP99Ms.toFixed(0)} ms (p99 ${(b.latency.bookingP99Ms / b.latency.transactionP99Ms).toFixed(1)}×)`);
}
const slow = results.slowNetwork;
if (slow) {
  const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(`  ${slow.link.kbps} kbps / ${slow.link.rttMs} ms round trip, empty cache, median of ${slow.runs} (floor: a 1 KB static page, content visible ${sec(slow.floor.contentVisibleMs)}):`);
  for (const [path, p] of Object.entries(slow.pages)) {
    console.log(
      `    ${path.padEnd(10)} content visible ${sec(p.contentVisibleMs)} (${(p.contentVisibleMs / slow.floor.contentVisibleMs).toFixed(1)}× floor), usable ${sec(p.usableMs)} (${(p.usableMs / slow.floor.contentVisibleMs).toFixed(1)}× floor), FCP ${sec(p.fcpMs)}, LCP ${sec(p.lcpMs)}, CLS ${p.cls.toFixed(3)}, ${p.transferKB.toFixed(0)} KB over the wire`,
    );
  }
}
if (results.lighthouseMobile) {
  console.log('  Lighthouse mobile performance (median; every run in brackets):');
  for (const [path, l] of Object.entries(results.lighthouseMobile)) {
    console.log(`    ${path.padEnd(10)} ${l.score} [${l.scores.join(', ')}]  FCP ${(l.fcpMs / 1000).toFixed(1)} s, LCP ${(l.lcpMs / 1000).toFixed(1)} s, TBT ${l.tbtMs.toFixed(0)} ms, CLS ${l.cls.toFixed(3)}, SI ${(l.speedIndexMs / 1000).toFixed(1)} s`);
  }
}
const e = results.eligibility;
if (e) {
  const ms = (x: number) => `${(x * 1000).toFixed(1)} µs`;
  console.log(`  eligibility check, ${e.people} generated people (floor: generating them, ${ms(e.floorMsPerPerson)} each; ${e.likelyPerPerson.toFixed(2)} likely benefits per person):`);
  console.log(`    rule engine, every benefit of the district   ${ms(e.engineMsPerPerson)} per person (${(e.engineMsPerPerson / e.floorMsPerPerson).toFixed(1)}× floor)`);
  console.log(`    whole public check (reasons, amounts, lists) ${ms(e.publicCheckMsPerPerson)} per person (${(e.publicCheckMsPerPerson / e.floorMsPerPerson).toFixed(1)}× floor)`);
}
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results/latest.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('  written to bench-results/latest.json');
