import * as z from 'zod';
import { allDistricts } from '../functions/districts/district-config.js';
import { DEFAULT_SMS_SIGNATURE } from '../functions/notifications/sms-templates.js';

/**
 * What differs between deployments, read from CDK context (`cdk deploy -c domainName=…` or cdk.json):
 * never edits to code. No context lookups, so synth never needs an AWS account.
 */
const deployConfig = z.object({
  /** Target account and region (or the CLI's CDK_DEFAULT_ACCOUNT / CDK_DEFAULT_REGION); the KMS-encrypted table needs both. */
  account: z.string().regex(/^\d{12}$/),
  region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/),
  /** Public host name of the portal, e.g. `onevisit.example.gov.cn`; CloudFront's own name is used when absent. */
  domainName: z.string().optional(),
  /** ACM certificate (us-east-1) for domainName. */
  certificateArn: z.string().optional(),
  /** ARN of the End User Messaging origination identity (phone pool or number; no sender ID for mainland China) that sends SMS. */
  smsOriginationIdentityArn: z.string().regex(/^arn:aws(-cn)?:sms-voice:/),
  /** The SMS signature (签名) registered for mainland China, without brackets; it starts every SMS. */
  smsSignature: z.string().min(2).max(16).default(DEFAULT_SMS_SIGNATURE),
  /** SES identity (domain or address) allowed to send e-mail. */
  emailIdentity: z.string().min(3),
  /** The address e-mail is sent from, within emailIdentity; default noreply@ the identity's domain. */
  emailFrom: z.email().optional(),
  /** No SMS between these times, China time (HH:MM-HH:MM, or `off`); held ones are sent when they end. */
  smsQuietHours: z.string().regex(/^(off|([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d)$/).default('21:00-08:00'),
  /** District codes served by this deployment; default: every district in config/districts.json. */
  districts: z.array(z.enum(allDistricts.map((d) => d.code) as [string, ...string[]])).min(1).default(allDistricts.map((d) => d.code)),
  /** Where alarms are e-mailed. */
  alarmEmail: z.email().optional(),
  /**
   * An existing CloudFront web ACL (WAFv2, scope CLOUDFRONT, in us-east-1) to attach to the distribution;
   * without it the app creates one (stack OneVisitEdgeFirewall in us-east-1).
   */
  webAclArn: z.string().regex(/^arn:aws:wafv2:us-east-1:\d{12}:global\/webacl\/[\w-]+\/[\w-]+$/, 'a CloudFront web ACL ARN in us-east-1').optional(),
  /** Requests one address may make to /api in 5 minutes before WAF refuses it (429). */
  apiRequestsPerIp: z.coerce.number().int().min(10).default(1000),
  /** Code requests (SignUp, InitiateAuth, ResendConfirmationCode) one address may send to Cognito in 5 minutes. */
  codeRequestsPerIp: z.coerce.number().int().min(10).default(30),
  /** Code answers (ConfirmSignUp, RespondToAuthChallenge) one address may send to Cognito in 5 minutes. */
  codeAnswersPerIp: z.coerce.number().int().min(10).default(60),
  /** Path of the built web app (npm run build:web). */
  webAssetPath: z.string().default('web/dist'),
});

export type DeployConfig = z.infer<typeof deployConfig>;

export function parseDeployConfig(context: Record<string, unknown>, defaults: { account?: string; region?: string } = {}): DeployConfig {
  const districtsValue = context.districts;
  const result = deployConfig.safeParse({
    ...defaults,
    ...context,
    ...(typeof districtsValue === 'string' ? { districts: districtsValue.split(',').map((d) => d.trim()) } : {}),
  });
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  -c ${i.path.join('.')}=…  (${i.message})`).join('\n');
    throw new Error(`OneVisit deployment configuration is incomplete or wrong (docs/deploy.md):\n${problems}`);
  }
  return result.data;
}
