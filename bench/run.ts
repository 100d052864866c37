/**
 * `npm run bench`: the figures the issue asks for, printed and written to bench-results/latest.json.
 *  1. seconds from `npm start` (cold, fresh data) to a usable portal;
 *  2. gzip size of the JavaScript each page loads (production build), citizen and staff;
 *  3. submit latency (median, p99) with 20 concurrent clients against the local stack, and the staff
 *     queue's latency right after.
 * Wall-clock figures depend on the machine and its load: compare runs on the same machine.
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
  isEntry?: boolean;
  src?: string;
}

async function pageSizes(): Promise<Record<string, number>> {
  const outDir = mkdtempSync(join(tmpdir(), 'onevisit-bench-web-'));
  await build({ configFile: join(root, 'web/vite.config.ts'), mode: 'production', logLevel: 'silent', build: { outDir, manifest: true, emptyOutDir: true } });
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
  const sizes: Record<string, number> = {};
  for (const [name, page] of Object.entries(pages)) {
    const keys = closure(entryKey);
    if (page) closure(page, keys);
    sizes[name] = [...keys].reduce((sum, k) => sum + gz(manifest[k]!.file), 0);
  }
  return sizes;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function submitLatency(clients: number, rounds: number) {
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
  });
  try {
    const people = await Promise.all(Array.from({ length: clients }, (_, i) => signIn(platform, `1370000${String(i).padStart(4, '0')}`)));
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
    await platform.stop();
    await dynamo.stop();
  }
}

const results = {
  at: new Date().toISOString(),
  machine: `${process.platform} ${process.arch}, node ${process.version}`,
  startupSeconds: await startupSeconds(),
  pageJsGzipBytes: await pageSizes(),
  submit: await submitLatency(20, 5),
};

console.log(`\nOneVisit benchmarks (${results.machine})`);
console.log(`  npm start → usable portal: ${results.startupSeconds.toFixed(1)} s (cold, fresh data, includes the web build)`);
console.log('  JavaScript per page (gzip, production build):');
for (const [page, bytes] of Object.entries(results.pageJsGzipBytes)) console.log(`    ${page.padEnd(28)} ${(bytes / 1024).toFixed(1)} KB`);
const s = results.submit;
console.log(`  submit, ${s.clients} concurrent clients, ${s.submits} submits: median ${s.medianMs.toFixed(0)} ms, p99 ${s.p99Ms.toFixed(0)} ms, ${s.perSecond.toFixed(1)}/s`);
console.log(`  staff queue of ${s.queue.items} open matters: median ${s.queue.medianMs.toFixed(0)} ms, p99 ${s.queue.p99Ms.toFixed(0)} ms`);
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results/latest.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('  written to bench-results/latest.json');
