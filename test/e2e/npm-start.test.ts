/**
 * `npm start` as a newcomer runs it: a real Node process (no test runner's module loader), DynamoDB
 * Local and the S3 emulator of its own. Signs a staff member in through the SMS inbox file and opens
 * the district queue, so every module the portal needs is loaded the way Node loads it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../local/free-port.js';

let child: ChildProcess | undefined;
afterAll(async () => {
  if (child && child.exitCode === null) {
    child.kill('SIGINT');
    await new Promise((r) => child!.once('exit', r));
  }
});

function startPortal(dataDir: string, port: number, s3Port: number, dynamoPort: number): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'local/start.ts'], {
    cwd: resolve(import.meta.dirname, '../..'),
    env: { ...process.env, PORT: String(port), S3_PORT: String(s3Port), DYNAMODB_PORT: String(dynamoPort), ONEVISIT_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** The processes (Linux) whose command line names this folder: DynamoDB Local keeps its data in it. */
function processesUsing(dataDir: string): string[] {
  return readdirSync('/proc').filter((pid) => /^\d+$/.test(pid)).flatMap((pid) => {
    try {
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      return command.includes(dataDir) ? [`${pid} ${command.slice(0, 120)}`] : [];
    } catch {
      return [];
    }
  });
}

describe('npm start', () => {
  it('stops everything, DynamoDB Local included, when Ctrl-C comes the moment the portal answers', async () => {
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), 'onevisit-start-stop-'));
    const early = startPortal(dataDir, port, await freePort(), await freePort());
    const started = Date.now();
    while (!(await fetch(`http://localhost:${port}/api/districts`).then((r) => r.ok).catch(() => false))) {
      if (early.exitCode !== null || Date.now() - started > 90_000) throw new Error('npm start did not come up');
      await new Promise((r) => setTimeout(r, 50));
    }
    early.kill('SIGINT');
    await new Promise((r) => early.once('exit', r));
    await new Promise((r) => setTimeout(r, 500));
    expect(processesUsing(dataDir)).toEqual([]);
  });

  it('serves the portal, signs staff in and shows their queue', async () => {
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), 'onevisit-start-'));
    let output = '';
    child = startPortal(dataDir, port, await freePort(), await freePort());
    child.stdout!.on('data', (d) => (output += String(d)));
    child.stderr!.on('data', (d) => (output += String(d)));
    const base = `http://localhost:${port}`;
    const started = Date.now();
    while (!(await fetch(`${base}/api/districts`).then((r) => r.ok).catch(() => false))) {
      if (child.exitCode !== null || Date.now() - started > 90_000) throw new Error(`npm start did not come up:\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    expect((await fetch(`${base}/staff`)).status).toBe(200);

    const phone = '13800000101';
    const post = (path: string, body: unknown) => fetch(`${base}/api${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect((await post('/auth/code', { phone })).status).toBe(202);
    const messages = readFileSync(join(dataDir, 'messages.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { to: string; text: string });
    const code = messages.filter((m) => m.to === phone).pop()!.text.match(/(\d{6})/)![1];
    const session = await post('/auth/session', { phone, code });
    const { token } = (await session.json()) as { token: string };
    const queue = await fetch(`${base}/api/staff/applications`, { headers: { authorization: `Bearer ${token}` } });
    expect(queue.status, output).toBe(200);
    expect(((await queue.json()) as { items: unknown[] }).items).toEqual([]);
  });
});
