/**
 * `npm start`: builds the web app and starts the whole portal locally. `npm start -- --reset` first
 * deletes the local data (.data/). Ctrl-C stops every child process.
 */
import './node-version-notice.js';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { startPlatform, type Platform } from './platform.js';

const root = resolve(import.meta.dirname, '..');
const dataDir = process.env.ONEVISIT_DATA_DIR ?? join(root, '.data');
const lockFile = join(dataDir, 'portal.lock');
const webPort = Number(process.env.PORT ?? 3000);
const s3Port = Number(process.env.S3_PORT ?? webPort + 1);
const dynamoPort = Number(process.env.DYNAMODB_PORT ?? webPort + 2);

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function refuseSecondStart(): void {
  if (!existsSync(lockFile)) return;
  const pid = Number(readFileSync(lockFile, 'utf8'));
  if (pid && pid !== process.pid && isRunning(pid)) {
    console.error(`OneVisit is already running (process ${pid}) at http://localhost:${webPort}.\nUse that one, or stop it with Ctrl-C in its terminal first.`);
    process.exit(1);
  }
}

function sessionSecret(): string {
  const file = join(dataDir, 'session-secret');
  if (!existsSync(file)) writeFileSync(file, crypto.randomUUID() + crypto.randomUUID(), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

async function main(): Promise<void> {
  const started = Date.now();
  if (process.argv.includes('--reset')) {
    refuseSecondStart();
    rmSync(dataDir, { recursive: true, force: true });
    console.log('Local data deleted (.data/).');
  }
  mkdirSync(dataDir, { recursive: true });
  refuseSecondStart();
  writeFileSync(lockFile, String(process.pid));
  const releaseLock = () => {
    if (existsSync(lockFile) && readFileSync(lockFile, 'utf8') === String(process.pid)) rmSync(lockFile);
  };
  process.on('exit', releaseLock);

  // Ctrl-C at any moment, even before the portal is up, stops what has started (DynamoDB Local's Java too).
  let starting: Promise<Platform> | undefined;
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping…');
    const started = await starting?.catch(() => undefined);
    await started?.stop();
    releaseLock();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  console.log('Building the web app…');
  await build({ configFile: join(root, 'web/vite.config.ts'), mode: 'portal-local', logLevel: 'warn' });

  console.log('Starting DynamoDB Local, the S3 emulator, the API gateway and the notifier…');
  let platform;
  try {
    starting = startPlatform({
      dataDir,
      webPort,
      s3Port,
      dynamoPort,
      persistDynamo: true,
      tableName: 'onevisit',
      bucketName: 'onevisit-documents',
      webRoot: join(root, 'web/dist'),
      seed: true,
      sessionSecret: sessionSecret(),
    });
    platform = await starting;
  } catch (error) {
    const message = (error as NodeJS.ErrnoException).code === 'EADDRINUSE'
      ? `Port ${webPort}, ${s3Port} or ${dynamoPort} is in use by another program. Start on other ports with PORT=4000 npm start.`
      : (error as Error).message;
    console.error(`OneVisit could not start: ${message}`);
    process.exit(1);
  }

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`
OneVisit (一次办) is running — ready in ${seconds} s

  Portal            ${platform.webUrl}
  Messages (SMS)    ${platform.webUrl}/dev/messages     (sign-in codes arrive here)
  API description   ${platform.webUrl}/api/openapi.json
  S3 emulator       ${platform.s3Endpoint}
  DynamoDB Local    ${platform.dynamoEndpoint}

Demo sign-ins (phone number, then the code from the Messages page; any other number works too):
${platform.demoAccounts.map((a) => `  ${a.phone}   ${a.who}`).join('\n')}

Data is kept in .data/ between runs; npm start -- --reset starts afresh. Ctrl-C stops everything.
`);
}

await main();
