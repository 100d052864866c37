/** `npm run deploy` / `cdk synth`: the OneVisit stacks, configured from CDK context (see docs/deploy.md). */
import { App } from 'aws-cdk-lib';
import { buildApp } from './build-app.js';
import { parseDeployConfig } from './deploy-config.js';

const app = new App();
const context = app.node.getAllContext() as Record<string, unknown>;
const config = parseDeployConfig(context, { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION });
buildApp(app, config, { account: config.account, region: config.region });
app.synth();
