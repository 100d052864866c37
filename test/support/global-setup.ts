/**
 * One DynamoDB Local (in memory) for the whole run; every test file makes its own table in it. The web
 * app is built once for the browser tests.
 */
import type { TestProject } from 'vitest/node';
import { build } from 'vite';
import { startDynamoLocal } from '../../local/dynamo-local.js';
import { freePort } from '../../local/free-port.js';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  const dynamo = await startDynamoLocal(await freePort());
  project.provide('dynamoEndpoint', dynamo.endpoint);
  await build({ configFile: 'web/vite.config.ts', mode: 'portal-local', logLevel: 'warn' });
  return async () => {
    await dynamo.stop();
  };
}
