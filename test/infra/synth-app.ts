import { readFileSync } from 'node:fs';
import { App } from 'aws-cdk-lib';
import { buildApp } from '../../cdk/build-app.js';
import { parseDeployConfig } from '../../cdk/deploy-config.js';

process.env.CDK_DISABLE_CLI_TELEMETRY = 'true';
process.env.CDK_DISABLE_VERSION_CHECK = '1';

const testContext = {
  account: '111111111111',
  region: 'ap-east-1',
  domainName: 'onevisit.example.org',
  certificateArn: 'arn:aws:acm:us-east-1:111111111111:certificate/00000000-0000-0000-0000-000000000000',
  smsOriginationIdentityArn: 'arn:aws:sms-voice:ap-east-1:111111111111:pool/pool-0123456789abcdef0123456789abcdef',
  emailIdentity: 'onevisit.example.org',
  alarmEmail: 'ops@example.org',
  districts: '430105,430103',
};

export const testConfig = parseDeployConfig(testContext);

/**
 * The whole app, synthesized offline (no lookups, no account) with cdk-nag applied. `bundle: false`
 * skips building the functions' code, for tests that read only the templates' other resources.
 */
export function synthesize(overrides: Record<string, unknown> = {}, options: { bundle?: boolean } = {}) {
  const config = parseDeployConfig({ ...testContext, ...overrides });
  // The same feature flags as `cdk deploy` (cdk.json).
  const { context } = JSON.parse(readFileSync('cdk.json', 'utf8')) as { context: Record<string, unknown> };
  const app = new App({ builtinCloudFormationValidation: false, context: { ...context, ...(options.bundle === false ? { 'aws:cdk:bundling-stacks': [] } : {}) } });
  const stacks = buildApp(app, config, { account: config.account, region: config.region });
  const assembly = app.synth();
  return { app, stacks, assembly, config };
}
