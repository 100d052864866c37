/** Wires adapters to ports once per cold start, from the parsed configuration. */
import { ulid } from 'ulid';
import { getConfig } from '../shared/config.js';
import { dynamoClient, s3Client } from './aws-clients.js';
import { dynamoApplicationStore } from './application-store.js';
import { dynamoOtpStore, dynamoUserStore } from './user-store.js';
import { dynamoDeliveryLog, dynamoNoticeStore } from './notice-store.js';
import { s3DocumentFiles } from './s3-document-files.js';
import { fileMessageSink } from './local-message-sink.js';
import type { SmsSender } from '../auth/ports.js';

function smsSender(): SmsSender & { read?: ReturnType<typeof fileMessageSink>['read'] } {
  const config = getConfig();
  if (config.STAGE === 'local') return fileMessageSink(config.MESSAGE_SINK_FILE ?? '.data/messages.jsonl');
  throw new Error('SMS delivery on AWS is configured by the deployment (see docs/architecture.md)');
}

function build() {
  const config = getConfig();
  const dynamo = dynamoClient();
  return {
    config,
    now: () => new Date(),
    newId: () => ulid(),
    applications: dynamoApplicationStore(dynamo, config.TABLE_NAME),
    users: dynamoUserStore(dynamo, config.TABLE_NAME),
    otp: dynamoOtpStore(dynamo, config.TABLE_NAME),
    notices: dynamoNoticeStore(dynamo, config.TABLE_NAME),
    deliveries: dynamoDeliveryLog(dynamo, config.TABLE_NAME),
    files: s3DocumentFiles(s3Client(), config.DOCUMENTS_BUCKET),
    sms: smsSender(),
  };
}

let deps: ReturnType<typeof build> | undefined;

export function dependencies(): ReturnType<typeof build> {
  deps ??= build();
  return deps;
}
