import * as z from 'zod';
import { allDistricts } from '../functions/districts/district-config.js';

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
  /** Origin allowed to upload to the documents bucket (the portal's own origin). */
  allowedOrigin: z.url(),
  /** ARN of the AWS End User Messaging origination identity (sender ID, phone number or pool) that sends SMS. */
  smsOriginationIdentityArn: z.string().regex(/^arn:aws(-cn)?:sms-voice:/),
  /** SES identity (domain or address) allowed to send e-mail. */
  emailIdentity: z.string().min(3),
  /** District codes served by this deployment; default: every district in config/districts.json. */
  districts: z.array(z.enum(allDistricts.map((d) => d.code) as [string, ...string[]])).min(1).default(allDistricts.map((d) => d.code)),
  /** Where alarms are e-mailed. */
  alarmEmail: z.email().optional(),
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
