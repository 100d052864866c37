/**
 * The whole portal on one machine: DynamoDB Local, the S3 emulator behind its signature check, the
 * gateway mounting every handler, the stream notifier and the message sink. `npm start` and the
 * integration and browser tests all start it through this one function.
 */
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { startDynamoLocal, type DynamoLocal } from './dynamo-local.js';
import { existsSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { startS3Local } from './s3-local.js';
import { startDynamoFaultProxy, type DynamoFaultProxy } from './dynamo-fault-proxy.js';
import { ensureTable } from './resources.js';
import { startGateway } from './gateway.js';
import { startStreamPoller } from './stream-poller.js';
import { seedDemoData, seedDemoSessions } from './seed.js';
import { freePort } from './free-port.js';
import { seedBenefitDemo } from './seed-benefits.js';

export type { Platform, PlatformOptions } from './platform-types.js';
import type { Platform, PlatformOptions } from './platform-types.js';

export async function startPlatform(options: PlatformOptions): Promise<Platform> {
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
  };
  try {
    let dynamo: DynamoLocal | undefined;
    let dynamoEndpoint = options.dynamoEndpoint;
    if (!dynamoEndpoint) {
      if (!options.dynamoPort) throw new Error('dynamoPort is required when no dynamoEndpoint is given');
      dynamo = await startDynamoLocal(options.dynamoPort, options.persistDynamo ? join(options.dataDir, 'dynamodb') : undefined);
      stops.push(() => dynamo!.stop());
      dynamoEndpoint = dynamo.endpoint;
    }

    // The functions reach DynamoDB through the fault proxy when there is one; the notifier's stream
    // reader and the tests' own looks go straight to DynamoDB Local.
    let functionsDynamoEndpoint = dynamoEndpoint;
    let dynamoFaults: DynamoFaultProxy | undefined;
    if (options.faultInjection) {
      dynamoFaults = await startDynamoFaultProxy(dynamoEndpoint);
      stops.push(() => dynamoFaults!.stop());
      functionsDynamoEndpoint = dynamoFaults.endpoint;
    }

    const webOrigins = options.webPort ? [`http://localhost:${options.webPort}`, `http://127.0.0.1:${options.webPort}`] : ['*'];
    const s3 = await startS3Local({ port: options.s3Port, dataDir: join(options.dataDir, 's3'), buckets: [options.bucketName], webOrigins });
    stops.push(() => s3.stop());

    const messageSinkFile = resolve(options.dataDir, 'messages.jsonl');
    // Known before anything reads configuration: links in e-mails point at the portal.
    const webPort = options.webPort || (await freePort());
    // The local stand-in for the KMS key that seals bank accounts: kept with the data it opens.
    mkdirSync(options.dataDir, { recursive: true });
    const vaultKeyFile = join(options.dataDir, 'vault.key');
    if (!existsSync(vaultKeyFile)) writeFileSync(vaultKeyFile, randomBytes(32).toString('hex'), { mode: 0o600 });
    const sessionSecret = options.sessionSecret ?? randomBytes(32).toString('hex');
    Object.assign(process.env, {
      STAGE: 'local',
      AWS_REGION: 'us-east-1',
      TABLE_NAME: options.tableName,
      DOCUMENTS_BUCKET: options.bucketName,
      DYNAMODB_ENDPOINT: functionsDynamoEndpoint,
      S3_ENDPOINT: s3.endpoint,
      SESSION_SECRET: sessionSecret,
      SESSION_MINUTES: String(options.sessionMinutes ?? 30),
      OTP_PER_ADDRESS_PER_HOUR: String(options.limits?.otpPerAddressPerHour ?? 30),
      OTP_PER_HOUR_OVERALL: String(options.limits?.otpPerHourOverall ?? 1000),
      REVEALS_PER_HOUR: String(options.limits?.revealsPerHour ?? 30),
      PROGRESS_PER_ADDRESS_PER_HOUR: String(options.limits?.progressPerAddressPerHour ?? 30),
      PROGRESS_PER_REFERENCE_PER_HOUR: String(options.limits?.progressPerReferencePerHour ?? 10),
      // Alert metrics are printed in CloudWatch's format; tests keep their output quiet.
      POWERTOOLS_METRICS_DISABLED: options.quiet ? 'true' : 'false',
      SESSION_MAX_HOURS: String(options.sessionMaxHours ?? 24),
      MESSAGE_SINK_FILE: messageSinkFile,
      SMS_QUIET_HOURS: options.quietHours ?? '21:00-08:00',
      PUBLIC_WEB_URL: `http://localhost:${webPort}`,
      LOCAL_VAULT_KEY: readFileSync(vaultKeyFile, 'utf8').trim(),
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      ...(options.quiet ? { ONEVISIT_QUIET_LOGS: 'true' } : {}),
    });

    const client = new DynamoDBClient({ endpoint: dynamoEndpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
    stops.push(async () => client.destroy());
    await ensureTable(client, options.tableName);

    const { dynamoUserStore } = await import('../functions/adapters/user-store.js');
    const users = dynamoUserStore(client, options.tableName);
    const demoAccounts = options.seed ? [...(await seedDemoData(users)), ...(await seedBenefitDemo(client, options.tableName, users))] : [];
    if (options.seed) {
      const { dynamoSessionStore } = await import('../functions/adapters/session-store.js');
      await seedDemoSessions(dynamoSessionStore(client, options.tableName));
    }

    const gateway = await startGateway({
      port: webPort,
      webRoot: options.webRoot,
      sessionSecret,
      webConfig: { auth: options.auth ?? { kind: 'local' }, uploads: { url: `${s3.endpoint}/${options.bucketName}/` } },
      security: { documentOrigins: [s3.endpoint], ...(options.auth ? { cognitoRegion: options.auth.region } : {}) },
    });
    stops.push(() => gateway.stop());

    const { handler: notifier } = await import('../functions/notifications/stream-handler.js');
    const { handler: policy } = await import('../functions/benefits/policy-stream-handler.js');
    const poller = await startStreamPoller({
      dynamo: client,
      endpoint: dynamoEndpoint,
      tableName: options.tableName,
      // On AWS each is its own function on the stream (cdk/notify-stack.ts); here one reader feeds both.
      handler: async (event) => {
        const answers = await Promise.all([notifier(event), policy(event)]);
        return { batchItemFailures: answers.flatMap((a) => a.batchItemFailures) };
      },
      onError: (error) => {
        if (!options.quiet) console.error('stream poller:', (error as Error).message);
      },
    });
    stops.push(() => poller.stop());

    // The daily reminders job of AWS, run at start and then hourly (sending nothing twice).
    const { handler: reminders } = await import('../functions/reminders/scheduled-handler.js');
    const { handler: bookingJobs } = await import('../functions/booking/booking-jobs-handler.js');
    // The appointment jobs (hourly on AWS) run with them: sessions from templates, offers, reminders.
    const runReminders = () =>
      Promise.all([reminders(), bookingJobs()]).catch((error: unknown) => {
        if (!options.quiet) console.error('reminders:', (error as Error).message);
      });
    if (options.reminders !== false) {
      void runReminders();
      const timer = setInterval(() => void runReminders(), 60 * 60 * 1000);
      stops.push(async () => clearInterval(timer));
    }

    // SMS held through quiet hours go out when they end: a schedule every quarter of an hour on AWS, every minute here.
    const { handler: heldSms } = await import('../functions/notifications/held-sms-handler.js');
    const heldTimer = setInterval(() => {
      heldSms().catch((error: unknown) => {
        if (!options.quiet) console.error('held SMS:', (error as Error).message);
      });
    }, 60 * 1000);
    stops.push(async () => clearInterval(heldTimer));

    return {
      webUrl: gateway.url,
      s3Endpoint: s3.endpoint,
      dynamoEndpoint,
      tableName: options.tableName,
      messageSinkFile,
      demoAccounts,
      drainNotifications: () => poller.drain(),
      faults: {
        dynamo(fault) {
          if (!dynamoFaults) throw new Error('start the platform with faultInjection: true');
          dynamoFaults.setFault(fault);
        },
        s3: (fault) => s3.setFault(fault),
        sms(failing) {
          if (failing) writeFileSync(`${messageSinkFile}.fail`, '');
          else rmSync(`${messageSinkFile}.fail`, { force: true });
        },
      },
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
