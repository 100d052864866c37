import { App, Validations, type StackProps } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { ApiStack } from './api-stack.js';
import { AuthStack } from './auth-stack.js';
import { CdnLogsStack } from './cdn-logs-stack.js';
import { DataStack } from './data-stack.js';
import { EdgeFirewallStack } from './edge-firewall-stack.js';
import { NotifyStack } from './notify-stack.js';
import { CDN_LOG_DELIVERY_REGION, WebStack } from './web-stack.js';
import type { DeployConfig } from './deploy-config.js';

/** Where CloudFront's web ACLs live, whatever the portal's region. */
export const CLOUDFRONT_WAF_REGION = 'us-east-1';

/**
 * All stacks of one deployment, with cdk-nag's AwsSolutions pack applied: any unacknowledged finding
 * fails synth. Two small stacks go to us-east-1 because CloudFront is managed there: the web ACL
 * (unless an existing one is named) before the Web stack, the access-log delivery after it.
 */
export function buildApp(app: App, config: DeployConfig, env: NonNullable<StackProps['env']>) {
  const props = { env };
  const edgeEnv = { ...env, region: CLOUDFRONT_WAF_REGION };
  const data = new DataStack(app, 'OneVisitData', props);
  const auth = new AuthStack(app, 'OneVisitAuth', config, props);
  const api = new ApiStack(app, 'OneVisitApi', { ...props, table: data.table, documents: data.documents, key: data.key, vaultKey: data.vaultKey, userPool: auth.userPool, client: auth.client, dependsOn: data, districts: config.districts });
  const firewall = config.webAclArn ? undefined : new EdgeFirewallStack(app, 'OneVisitEdgeFirewall', config, { env: edgeEnv });
  const web = new WebStack(app, 'OneVisitWeb', {
    ...props,
    api: api.api,
    userPoolClientId: auth.client.userPoolClientId,
    documents: data.documents,
    config,
    webAclArn: config.webAclArn ?? firewall!.webAclArn,
  });
  // E-mailed links point at the portal's own name, or CloudFront's when it has none.
  const webUrl = `https://${config.domainName ?? web.distribution.distributionDomainName}`;
  const notify = new NotifyStack(app, 'OneVisitNotify', { ...props, table: data.table, documents: data.documents, key: data.key, config, webUrl, dependsOn: data });
  const cdnLogs = new CdnLogsStack(app, 'OneVisitCdnLogs', {
    env: { ...env, region: CDN_LOG_DELIVERY_REGION },
    distributionArn: web.distribution.distributionArn,
    logsBucketArn: web.logs.bucketArn,
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { data, auth, api, notify, firewall, web, cdnLogs };
}
