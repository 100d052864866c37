import * as z from 'zod';
import { DEFAULT_SMS_SIGNATURE } from '../notifications/sms-templates.js';

const configSchema = z.object({
  STAGE: z.enum(['local', 'aws']).default('aws'),
  AWS_REGION: z.string().default('cn-northwest-1'),
  TABLE_NAME: z.string().min(3),
  DOCUMENTS_BUCKET: z.string().min(3),
  /** Local stand-ins; unset on AWS. */
  DYNAMODB_ENDPOINT: z.url().optional(),
  S3_ENDPOINT: z.url().optional(),
  /** Signs local session tokens; on AWS Cognito issues them. */
  SESSION_SECRET: z.string().min(32).optional(),
  /** A session ends after this many minutes without activity (the web renews it while the person is active)… */
  SESSION_MINUTES: z.coerce.number().int().positive().default(30),
  /** …and this many hours after sign-in whatever happens. 24 matches Cognito's refresh-token validity (cdk/auth-stack.ts)
   * and stays above WCAG 2.2.1's 20 hours, beyond which a limit need not be extendable. */
  SESSION_MAX_HOURS: z.coerce.number().positive().default(24),
  MESSAGE_SINK_FILE: z.string().optional(),
  /** AWS End User Messaging origination identity (phone pool or number); required on AWS. */
  SMS_ORIGINATION_IDENTITY: z.string().optional(),
  /** The SMS signature (签名) as registered, without brackets; it starts every SMS. */
  SMS_SIGNATURE: z.string().min(2).max(16).default(DEFAULT_SMS_SIGNATURE),
  /** Where staff roles are kept on AWS (the admin page writes them); unset locally. */
  USER_POOL_ID: z.string().optional(),
  UPLOAD_URL_SECONDS: z.coerce.number().int().min(30).max(300).default(300),
  MAX_UPLOAD_BYTES: z.coerce.number().int().positive().default(10 * 1024 * 1024),
  OTP_PER_PHONE_PER_HOUR: z.coerce.number().int().positive().default(5),
  /** Many people can share one address (a township's mobile network), so this is generous. */
  OTP_PER_ADDRESS_PER_HOUR: z.coerce.number().int().positive().default(30),
  /** The whole service: a ceiling on what SMS pumping can cost in an hour. */
  OTP_PER_HOUR_OVERALL: z.coerce.number().int().positive().default(1000),
  /** Full ID or phone numbers one staff member may reveal in an hour; more raises an alert. */
  REVEALS_PER_HOUR: z.coerce.number().int().positive().default(30),
  /** Register lookups one account may cause in a day about people typed in rather than read from a card (a child with a diagnosis): enough for a parent's typing slips, too few to probe the registers. */
  TYPED_LOOKUPS_PER_DAY: z.coerce.number().int().positive().default(5),
  OTP_TTL_SECONDS: z.coerce.number().int().positive().default(300),
  OTP_MAX_ATTEMPTS: z.coerce.number().int().positive().default(5),
  /** No SMS in these hours, China time (`HH:MM-HH:MM`, or `off`), except codes a person just asked for; the rest wait until they end. */
  SMS_QUIET_HOURS: z.string().default('21:00-08:00'),
  /** The portal's address, for links in e-mails (the address-verification link above all). */
  PUBLIC_WEB_URL: z.url().optional(),
  /** The SES identity e-mail is sent from, e.g. noreply@example.gov.cn; required on AWS for e-mail. */
  EMAIL_FROM: z.string().optional(),
  /** How long an e-mail verification link works. */
  EMAIL_LINK_HOURS: z.coerce.number().int().positive().default(24),
  /** Invitations one account may send in a day, and one phone number may receive in a day (SMS bombing). */
  INVITES_PER_ACCOUNT_PER_DAY: z.coerce.number().int().positive().default(10),
  INVITES_PER_PHONE_PER_DAY: z.coerce.number().int().positive().default(3),
  /** Days an invitation can be accepted in. */
  INVITE_VALID_DAYS: z.coerce.number().int().positive().default(7),
  /** Codes to link an account to its person, per account and per person in an hour. */
  LINK_CODES_PER_HOUR: z.coerce.number().int().positive().default(5),
  /** 办件查询: look-ups per client address and per reference in an hour. */
  PROGRESS_PER_ADDRESS_PER_HOUR: z.coerce.number().int().positive().default(30),
  PROGRESS_PER_REFERENCE_PER_HOUR: z.coerce.number().int().positive().default(10),
});

export type Config = z.infer<typeof configSchema>;

let cached: Config | undefined;

/** Parsed once per cold start. */
export function getConfig(): Config {
  cached ??= configSchema.parse(process.env);
  return cached;
}
