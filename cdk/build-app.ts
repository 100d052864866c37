import { App, Validations, type StackProps } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { ApiStack } from './api-stack.js';
import { AuthStack } from './auth-stack.js';
import { DataStack } from './data-stack.js';
import { NotifyStack } from './notify-stack.js';
import { WebStack } from './web-stack.js';
import type { DeployConfig } from './deploy-config.js';

/** All stacks of one deployment, with cdk-nag's AwsSolutions pack applied: any unacknowledged finding fails synth. */
export function buildApp(app: App, config: DeployConfig, env?: StackProps['env']) {
  const props = { env };
  const data = new DataStack(app, 'OneVisitData', config, props);
  const auth = new AuthStack(app, 'OneVisitAuth', props);
  const api = new ApiStack(app, 'OneVisitApi', { ...props, table: data.table, documents: data.documents, key: data.key, userPool: auth.userPool, client: auth.client, dependsOn: data, districts: config.districts });
  const notify = new NotifyStack(app, 'OneVisitNotify', { ...props, table: data.table, documents: data.documents, key: data.key, config, dependsOn: data });
  const web = new WebStack(app, 'OneVisitWeb', { ...props, api: api.api, userPoolClientId: auth.client.userPoolClientId, documents: data.documents, config });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { data, auth, api, notify, web };
}
