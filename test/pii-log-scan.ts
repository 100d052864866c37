/**
 * After the whole test run: not one ID or mobile number in the clear in anything the tests' processes
 * printed or logged (test/support/capture-output.ts keeps it). Run by `npm test`; exits 1 on a leak.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findUnmaskedNumbers } from './support/pii-patterns.js';

const dir = resolve(process.env.ONEVISIT_LOG_CAPTURE_DIR ?? '.test-output/logs');
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.log')) : [];
let lines = 0;
const leaks: string[] = [];
for (const file of files) {
  for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
    lines += 1;
    for (const found of findUnmaskedNumbers(line)) leaks.push(`${file}: ${found.kind} ${found.value.slice(0, 3)}…: ${line.slice(0, 160)}`);
  }
}
console.log(`PII log scan: ${files.length} processes, ${lines} lines, ${leaks.length} unmasked ID or mobile numbers`);
if (files.length === 0) {
  console.error('PII log scan: no captured output found (was the test run\'s output captured?)');
  process.exit(1);
}
if (leaks.length > 0) {
  for (const leak of leaks.slice(0, 50)) console.error(leak);
  process.exit(1);
}
