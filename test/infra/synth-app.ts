import { readFileSync } from 'node:fs';
import { App } from 'aws-cdk-lib';
import { buildApp } from '../../cdk/build-app.js';
import { parseDeployConfig } from '../../cdk/deploy-config.js';

process.env.CDK_DISABLE_CLI_TELEMETRY = 'true';
process.env.CDK_DISABLE_VERSION_CHECK = '1';

export const testConfig = parseDeployConfig({
  account: '111111111111',
  region: 'ap-east-1',
  domainName: 'onevisit.example.org',
  certificateArn: 'arn:aws:acm:us-east-1:111111111111:certificate/00000000-0000-0000-0000-000000000000',
  allowedOrigin: 'https://onevisit.example.org',
  smsOriginationIdentityArn: 'arn:aws:sms-voice:ap-east-1:111111111111:sender-id/OneVisit/CN',
  emailIdentity: 'onevisit.example.org',
  alarmEmail: 'ops@example.org',
  districts: '430105,430103',
});

/** The whole app, synthesized offline (no lookups, no account) with cdk-nag applied. */
export function synthesize() {
  // The same feature flags as `cdk deploy` (cdk.json).
  const { context } = JSON.parse(readFileSync('cdk.json', 'utf8')) as { context: Record<string, unknown> };
  const app = new App({ builtinCloudFormationValidation: false, context });
  const stacks = buildApp(app, testConfig, { account: testConfig.account, region: testConfig.region });
  const assembly = app.synth();
  return { app, stacks, assembly };
}
