/**
 * Adapters wired to ports, each made once per cold start. Separate functions, so a handler's bundle
 * holds only the adapters it calls (a DynamoDB-only route carries no S3 client).
 */
import { ulid } from 'ulid';
import { getConfig } from '../shared/config.js';
import { dynamoClient, s3Client } from './aws-clients.js';
import { dynamoApplicationStore } from './application-store.js';
import { dynamoOtpStore, dynamoUserStore } from './user-store.js';
import { dynamoRateCounter } from './rate-counter.js';
import { dynamoDeliveryLog, dynamoNoticeStore, dynamoOutbox } from './notice-store.js';
import { dynamoFailedNotices } from './failed-notice-store.js';
import { dynamoCertificateStore } from './certificate-store.js';
import { s3DocumentFiles } from './s3-document-files.js';
import { fileMessageSink } from './local-message-sink.js';
import { awsSmsSender } from './aws-sms-sender.js';
import { PinpointSMSVoiceV2Client } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { cognitoIdentityDirectory } from './cognito-identity-directory.js';
import type { IdentityDirectory } from '../admin/manage-staff.js';
import type { ApplicationStore } from '../applications/application.js';
import type { OtpStore, RateCounter, SmsSender, UserStore } from '../auth/ports.js';
import type { DeliveryLog, FailedNotices, NoticeStore, Outbox } from '../notifications/ports.js';
import type { CertificateStore } from '../certificates/certificate.js';
import type { DocumentFiles } from '../documents/document-files.js';

export const clock = { now: () => new Date(), newId: () => ulid() };

let applications: ApplicationStore | undefined;
export function applicationStore(): ApplicationStore {
  applications ??= dynamoApplicationStore(dynamoClient(), getConfig().TABLE_NAME);
  return applications;
}

let certificates: CertificateStore | undefined;
export function certificateStore(): CertificateStore {
  certificates ??= dynamoCertificateStore(dynamoClient(), getConfig().TABLE_NAME);
  return certificates;
}

let outbox: Outbox | undefined;
export function outboxWriter(): Outbox {
  outbox ??= dynamoOutbox(dynamoClient(), getConfig().TABLE_NAME);
  return outbox;
}

let identities: IdentityDirectory | undefined;
export function identityDirectory(): IdentityDirectory {
  const config = getConfig();
  if (config.STAGE === 'local') {
    // Local session tokens are made from the user store itself, so there is nothing else to update.
    identities ??= { ensureAccount: async () => ({}), applyRoles: async () => ({}) };
  } else {
    if (!config.USER_POOL_ID) throw new Error('USER_POOL_ID is not configured');
    identities ??= cognitoIdentityDirectory(new CognitoIdentityProviderClient({ region: config.AWS_REGION }), config.USER_POOL_ID);
  }
  return identities;
}

let users: UserStore | undefined;
export function userStore(): UserStore {
  users ??= dynamoUserStore(dynamoClient(), getConfig().TABLE_NAME);
  return users;
}

let otp: OtpStore | undefined;
export function otpStore(): OtpStore {
  otp ??= dynamoOtpStore(dynamoClient(), getConfig().TABLE_NAME);
  return otp;
}

let rates: RateCounter | undefined;
export function rateCounter(): RateCounter {
  rates ??= dynamoRateCounter(dynamoClient(), getConfig().TABLE_NAME);
  return rates;
}

let notices: NoticeStore | undefined;
export function noticeStore(): NoticeStore {
  notices ??= dynamoNoticeStore(dynamoClient(), getConfig().TABLE_NAME);
  return notices;
}

let deliveries: DeliveryLog | undefined;
export function deliveryLog(): DeliveryLog {
  deliveries ??= dynamoDeliveryLog(dynamoClient(), getConfig().TABLE_NAME);
  return deliveries;
}

let failed: FailedNotices | undefined;
export function failedNotices(): FailedNotices {
  failed ??= dynamoFailedNotices(dynamoClient(), getConfig().TABLE_NAME);
  return failed;
}

let files: DocumentFiles | undefined;
export function documentFiles(): DocumentFiles {
  files ??= s3DocumentFiles(s3Client(), getConfig().DOCUMENTS_BUCKET);
  return files;
}

let sms: SmsSender | undefined;
export function smsSender(): SmsSender {
  const config = getConfig();
  if (config.STAGE === 'local') {
    sms ??= fileMessageSink(config.MESSAGE_SINK_FILE ?? '.data/messages.jsonl', config.SMS_SIGNATURE);
  } else {
    if (!config.SMS_ORIGINATION_IDENTITY) throw new Error('SMS_ORIGINATION_IDENTITY is not configured');
    sms ??= awsSmsSender(new PinpointSMSVoiceV2Client({ region: config.AWS_REGION }), config.SMS_ORIGINATION_IDENTITY, config.SMS_SIGNATURE);
  }
  return sms;
}
