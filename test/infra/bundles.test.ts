/**
 * Every function's minified bundle, measured with the exact settings CDK deploys with (esbuild's
 * metafile): the AWS SDK is bundled, so each function carries only the clients its route needs, and
 * stays within the budget those clients allow. Sizes are deterministic, so they may be asserted; they
 * are printed too. The bundles are then loaded the way Lambda loads them, and one is invoked.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from 'esbuild';
import { esbuildOptions } from '../../cdk/function-bundling.js';
import { handlerEntry } from '../../cdk/route-function.js';
import { deployedRoutes } from '../../cdk/api-stack.js';
import { bookingJobsHandler, heldSmsHandler, policyStreamHandler, reminderHandler, streamHandler, type Needs } from '../../functions/routes.js';

const KB = 1024;
type Client = 'client-dynamodb' | 'client-s3' | 'client-cognito-identity-provider' | 'client-pinpoint-sms-voice-v2' | 'client-kms' | 'client-sesv2';

/**
 * What each part may add, minified: our code and libraries, then each SDK client with its share of the SDK core.
 * Our code went from 300 to 330 KB with assessment booking: every function carries the whole route table (its
 * schemas), the message and SMS catalogues and the district configuration, and every matter's steps. Benefits
 * add 100 KB: every function that runs a matter carries the kernel's registry of matter types, and so the
 * benefit catalogue (configuration, ~45 KB minified), its rule engine and the benefit routes' schemas; with
 * booking's steps in the same registry (and p-retry for colliding transactions) the two together came to
 * 435 KB (measured at the merge: 781 KB for the largest function with its DynamoDB client). Family access
 * adds its schemas, messages and access sources to the same table and catalogues: 465 KB. Splitting the
 * registry and the route table per function is the next saving.
 */
const BUDGET = { code: 465 * KB, 'client-dynamodb': 350 * KB, 'client-s3': 250 * KB, 'client-cognito-identity-provider': 100 * KB, 'client-pinpoint-sms-voice-v2': 100 * KB, 'client-kms': 100 * KB, 'client-sesv2': 100 * KB };
/**
 * Beyond the clients: the functions that decode HEIC photos carry libheif compiled to WebAssembly (run only
 * when a HEIC is opened); the reveal function publishes the RevealLimitReached alarm metric with Powertools'
 * metrics library (about 12 KB), which no other route function carries.
 */
const EXTRA: Record<string, number> = { 'staff/staff-document-link-handler': 2.3 * 1024 * KB, 'benefits/review-document-link-handler': 2.3 * 1024 * KB, 'staff/reveal-handler': 16 * KB };

interface Fn {
  handler: string;
  needs: Needs;
  http: boolean;
}

/** The SDK clients a function's needs call for. Every HTTP route also keeps idempotency records in the table (the shared route wrapper). */
function clientsFor(fn: Fn): Client[] {
  const clients = new Set<Client>();
  if (fn.needs.table || fn.http) clients.add('client-dynamodb');
  if (fn.needs.documents?.length) clients.add('client-s3');
  if (fn.needs.identities) clients.add('client-cognito-identity-provider');
  if (fn.needs.vault) clients.add('client-kms');
  if (fn.needs.sms) clients.add('client-pinpoint-sms-voice-v2');
  if (fn.needs.email) clients.add('client-sesv2');
  return [...clients].sort();
}

const budgetFor = (fn: Fn) => BUDGET.code + clientsFor(fn).reduce((sum, c) => sum + BUDGET[c], 0) + (EXTRA[fn.handler] ?? 0);

const functions: Fn[] = [...deployedRoutes().map((r) => ({ handler: r.handler, needs: r.needs, http: true })), { ...streamHandler, http: false }, { ...heldSmsHandler, http: false }, { ...policyStreamHandler, http: false }, { ...reminderHandler, http: false }, { ...bookingJobsHandler, http: false }];
const built = new Map<string, { bytes: number; code: string; clients: string[] }>();

beforeAll(async () => {
  for (const fn of functions) {
    const result: BuildResult = await build(esbuildOptions(handlerEntry(fn.handler), fn.needs));
    const output = Object.values(result.metafile!.outputs)[0]!;
    const clients = new Set(Object.keys(output.inputs).map((input) => /node_modules\/@aws-sdk\/(client-[\w-]+)\//.exec(input)?.[1]).filter((c): c is string => Boolean(c)));
    const code = result.outputFiles![0]!.text;
    built.set(fn.handler, { bytes: output.bytes, code, clients: [...clients].sort() });
  }
  console.log(
    [
      'Function bundle sizes (minified, AWS SDK bundled), budget, SDK clients:',
      ...functions.map((fn) => {
        const b = built.get(fn.handler)!;
        return `  ${fn.handler.padEnd(44)} ${(b.bytes / KB).toFixed(1).padStart(7)} KB  ≤ ${(budgetFor(fn) / KB).toFixed(0).padStart(5)} KB  ${b.clients.join(', ')}`;
      }),
    ].join('\n'),
  );
  // Ninety-odd esbuild builds one after another: about two minutes on a 2-core machine.
}, 300_000);

describe('function bundles', () => {
  it('carry exactly the SDK clients their route needs, and nothing is left for the runtime to provide', () => {
    const wrong = functions.filter((fn) => built.get(fn.handler)!.clients.join() !== clientsFor(fn).join()).map((fn) => `${fn.handler}: ${built.get(fn.handler)!.clients.join(', ')}`);
    expect(wrong).toEqual([]);
    const importsOfPackages = [...built.entries()].filter(([, b]) => /\bfrom\s*"@aws-sdk\/|import\("@aws-sdk\//.test(b.code)).map(([h]) => h);
    expect(importsOfPackages).toEqual([]);
  });

  it('stay within their budgets', () => {
    const over = functions.filter((fn) => built.get(fn.handler)!.bytes > budgetFor(fn)).map((fn) => `${fn.handler}: ${built.get(fn.handler)!.bytes} > ${budgetFor(fn)}`);
    expect(over).toEqual([]);
  });

  it('load as Lambda loads them (ESM, Node.js alone), and a bundled function answers', async () => {
    // The environment the functions get on AWS (cdk/route-function.ts); nothing is called at load.
    Object.assign(process.env, { STAGE: 'aws', AWS_REGION: 'ap-east-1', TABLE_NAME: 'OneVisitTable', DOCUMENTS_BUCKET: 'onevisit-documents', SERVED_DISTRICTS: '430105' });
    const dir = mkdtempSync(join(tmpdir(), 'onevisit-bundles-'));
    const failures: string[] = [];
    for (const fn of functions) {
      const file = join(dir, `${fn.handler.replace(/\//g, '-')}.mjs`);
      writeFileSync(file, built.get(fn.handler)!.code);
      const loaded = (await import(pathToFileURL(file).href).catch((error: Error) => ({ error }))) as { handler?: unknown; error?: Error };
      if (typeof loaded.handler !== 'function') failures.push(`${fn.handler}: ${loaded.error?.message ?? 'no handler export'}`);
    }
    expect(failures).toEqual([]);

    const districts = (await import(pathToFileURL(join(dir, 'districts-list-districts-handler.mjs')).href)) as { handler(event: unknown, context: unknown): Promise<{ statusCode: number; body: string }> };
    const answer = await districts.handler({ headers: { 'accept-language': 'zh-CN' }, requestContext: { http: { method: 'GET' } }, rawPath: '/api/districts' }, {});
    expect(answer.statusCode).toBe(200);
    expect(JSON.parse(answer.body).districts.length).toBeGreaterThan(0);
  });
});
