/** What the local platform (local/platform.ts) is started with, and what it gives back. */
import type { DemoAccount } from './seed.js';
import type { S3Fault } from './s3-local.js';
import type { DynamoFault } from './dynamo-fault-proxy.js';

export interface PlatformOptions {
  dataDir: string;
  /** 0 picks a free port. */
  webPort: number;
  s3Port: number;
  /** Use a DynamoDB Local that is already running (tests share one); otherwise start one on dynamoPort. */
  dynamoEndpoint?: string;
  dynamoPort?: number;
  /** Keep DynamoDB data on disk under dataDir (npm start) or in memory (tests). */
  persistDynamo?: boolean;
  tableName: string;
  bucketName: string;
  webRoot?: string;
  seed?: boolean;
  sessionSecret?: string;
  sessionMinutes?: number;
  /** Sign-in code limits per client address and for the whole service (config.ts has the production defaults). */
  limits?: { otpPerAddressPerHour?: number; otpPerHourOverall?: number; revealsPerHour?: number; progressPerAddressPerHour?: number; progressPerReferencePerHour?: number };
  sessionMaxHours?: number;
  quiet?: boolean;
  /** Put a proxy in front of DynamoDB that tests can tell to fail chosen operations (platform.faults). */
  faultInjection?: boolean;
  /** Run the reminders job at start and hourly (default: on). */
  reminders?: boolean;
  /** SMS quiet hours (`HH:MM-HH:MM` China time, or `off`); default the production 21:00-08:00. Tests turn them off, or drive them with a clock of their own. */
  quietHours?: string;
  /** How the web app signs people in: the local sign-in (default), or Cognito's API (browser tests point it at a stand-in). */
  auth?: { kind: 'cognito'; region: string; clientId: string };
}

export interface Platform {
  webUrl: string;
  s3Endpoint: string;
  dynamoEndpoint: string;
  tableName: string;
  messageSinkFile: string;
  demoAccounts: DemoAccount[];
  /** Waits until the notifier has seen every stream record written so far. */
  drainNotifications(): Promise<void>;
  /** Makes a stand-in fail as AWS sometimes does: DynamoDB (with `faultInjection`), S3, the SMS gateway. */
  faults: {
    dynamo(fault: DynamoFault | undefined): void;
    s3(fault: S3Fault | undefined): void;
    sms(failing: boolean): void;
  };
  stop(): Promise<void>;
}
