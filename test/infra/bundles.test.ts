/**
 * Every function's minified bundle, measured with the exact settings CDK deploys with (esbuild's
 * metafile). Sizes are deterministic, so they may be asserted; they are printed too.
 */
import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { esbuildOptions } from '../../cdk/function-bundling.js';
import { handlerEntry } from '../../cdk/route-function.js';
import { deployedRoutes } from '../../cdk/api-stack.js';
import { streamHandler, type Needs } from '../../functions/routes.js';

const DYNAMODB_ONLY_LIMIT = 300 * 1024;

describe('function bundles', () => {
  it('keeps every function that touches only DynamoDB under 300 KB minified', async () => {
    const functions: { handler: string; needs: Needs }[] = [...deployedRoutes(), streamHandler];
    const rows: { handler: string; bytes: number; dynamoOnly: boolean }[] = [];
    for (const fn of functions) {
      const result = await build(esbuildOptions(handlerEntry(fn.handler)));
      const output = Object.values(result.metafile!.outputs)[0]!;
      rows.push({ handler: fn.handler, bytes: output.bytes, dynamoOnly: Boolean(fn.needs.table) && !fn.needs.documents?.length && fn.handler !== streamHandler.handler });
    }
    console.log(
      ['Function bundle sizes (minified, AWS SDK provided by the runtime):', ...rows.map((r) => `  ${r.handler.padEnd(48)} ${(r.bytes / 1024).toFixed(1).padStart(7)} KB${r.dynamoOnly ? '  (DynamoDB only)' : ''}`)].join('\n'),
    );
    const tooBig = rows.filter((r) => r.dynamoOnly && r.bytes >= DYNAMODB_ONLY_LIMIT);
    expect(tooBig).toEqual([]);
    expect(rows.filter((r) => r.dynamoOnly).length).toBeGreaterThan(5);
  });
});
