/**
 * One set of bundling settings for every Lambda function, used by the CDK constructs and by the bundle
 * report test, so the sizes the test prints are the sizes that deploy.
 */
import type { BuildOptions } from 'esbuild';
import { LogLevel, OutputFormat, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';

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

export const lambdaBundling: BundlingOptions = {
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
};

export function esbuildOptions(entry: string): BuildOptions {
  return {
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
