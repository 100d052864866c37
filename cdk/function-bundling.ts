/**
 * One set of bundling settings for every Lambda function, used by the CDK constructs and by the bundle
 * report test, so the sizes the test prints are the sizes that deploy.
 */
import type { BuildOptions } from 'esbuild';
import { LogLevel, OutputFormat, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { Needs } from '../functions/routes.js';

/**
 * Nothing is left to the runtime but Node.js itself: the AWS SDK the Lambda runtime ships changes
 * version under us, so every function carries the SDK version it was tested with (pinned in
 * package.json, AWS's own recommendation), tree-shaken to the clients it uses.
 */
export const EXTERNAL_MODULES: string[] = [];
const MAIN_FIELDS = ['module', 'main'];
const TARGET = 'node24';
// Some dependencies still call require(); ESM output gets one.
const REQUIRE_SHIM = "import { createRequire as __onevisitCreateRequire } from 'node:module'; const require = __onevisitCreateRequire(import.meta.url);";

/**
 * What the route needs, as constants the bundler folds (functions/adapters/wire.ts): the S3, Cognito and
 * SMS adapters of a route that does not need them, and their SDK clients, are left out of its bundle.
 */
export function needsDefines(needs: Needs): Record<string, string> {
  const flag = (on: boolean) => JSON.stringify(on ? 'true' : 'false');
  return {
    'process.env.ONEVISIT_NEEDS_DOCUMENTS': flag(Boolean(needs.documents?.length)),
    'process.env.ONEVISIT_NEEDS_IDENTITIES': flag(Boolean(needs.identities)),
    'process.env.ONEVISIT_NEEDS_SMS': flag(Boolean(needs.sms)),
    'process.env.ONEVISIT_NEEDS_EMAIL': flag(Boolean(needs.email)),
    'process.env.ONEVISIT_NEEDS_VAULT': flag(Boolean(needs.vault)),
  };
}

export const lambdaBundling = (needs: Needs): BundlingOptions => ({
  format: OutputFormat.ESM,
  minify: true,
  sourceMap: true,
  target: TARGET,
  mainFields: MAIN_FIELDS,
  externalModules: EXTERNAL_MODULES,
  bundleAwsSDK: true,
  banner: REQUIRE_SHIM,
  metafile: true,
  logLevel: LogLevel.WARNING,
  define: needsDefines(needs),
});

export function esbuildOptions(entry: string, needs: Needs): BuildOptions {
  return {
    define: needsDefines(needs),
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    minify: true,
    target: TARGET,
    mainFields: MAIN_FIELDS,
    external: EXTERNAL_MODULES,
    banner: { js: REQUIRE_SHIM },
    metafile: true,
    write: false,
    logLevel: 'silent',
  };
}
