/**
 * The parts of `npm run bench` that run the portal: start-up time, and submit and queue latency under
 * concurrent clients. Each runs in a process of its own (bench/part.ts): a platform's settings are read
 * once per process, as on Lambda.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startPlatform } from '../local/platform.js';
import { startDynamoLocal } from '../local/dynamo-local.js';
import { freePort } from '../local/free-port.js';
import { signIn } from '../test/support/test-platform.js';
import { readyToSubmit, uniqueKey } from '../test/support/applications.js';

const root = resolve(import.meta.dirname, '..');

export async function startupSeconds(): Promise<number> {
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

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function benchPlatform(webRoot?: string) {
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

export async function submitLatency(clients: number, rounds: number) {
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
