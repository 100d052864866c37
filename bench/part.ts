/**
 * One part of `npm run bench`, in a process of its own (started by bench/run.ts): every part gets a fresh
 * process, as every Lambda cold start does, so one part's portal settings never leak into the next.
 * Usage: tsx bench/part.ts <part> <result.json> [web build folder]
 */
import '../local/node-version-notice.js';
import { writeFileSync } from 'node:fs';
import { bookingBench } from './booking.js';
import { eligibilityBench } from './eligibility.js';
import { startupSeconds, submitLatency } from './service-parts.js';
import { pageLoads, pageSizes } from './web-parts.js';

const [part, resultFile, webRoot] = process.argv.slice(2) as [string, string, string | undefined];

const measures: Record<string, () => Promise<unknown> | unknown> = {
  startup: startupSeconds,
  js: () => pageSizes(webRoot!),
  submit: () => submitLatency(20, 5),
  booking: () => bookingBench(),
  slow: () => pageLoads(webRoot!, 'slow'),
  lighthouse: () => pageLoads(webRoot!, 'lighthouse'),
  eligibility: () => eligibilityBench(),
};

writeFileSync(resultFile, JSON.stringify(await measures[part]!()));
process.exit(0);
