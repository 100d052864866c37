/**
 * One DynamoDB Local (in memory) for the whole run; every test file makes its own table in it. The web
 * app is built once for the browser tests.
 */
import type { TestProject } from 'vitest/node';
import { build } from 'vite';
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { startDynamoLocal } from '../../local/dynamo-local.js';
import { freePort } from '../../local/free-port.js';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  // A fresh copy of this run's output for the personal-data scan at the end of `npm test`.
  const captured = resolve('.test-output/logs');
  rmSync(captured, { recursive: true, force: true });
  mkdirSync(captured, { recursive: true });
  const dynamo = await startDynamoLocal(await freePort());
  project.provide('dynamoEndpoint', dynamo.endpoint);
  await build({ configFile: 'web/vite.config.ts', mode: 'portal-local', logLevel: 'warn' });
  return async () => {
    await dynamo.stop();
  };
}
