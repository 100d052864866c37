/**
 * `npm run bench`: the figures the issues ask for, printed and written to bench-results/latest.json.
 *  1. seconds from `npm start` (cold, fresh data) to a usable portal;
 *  2. gzip size of the JavaScript each page loads (production build), citizen and staff;
 *  3. submit latency (median, p99) with 20 concurrent clients against the local stack, and the staff
 *     queue's latency right after;
 *  4. booking: 1,000 at once for 10 seats, and a booking's p99 next to the bare transaction (bench/booking.ts);
 *  5. the public pages on a 400 kbps / 400 ms connection: content visible and usable (bench/slow-network.ts);
 *  6. Lighthouse mobile performance of the same pages, median of several runs (bench/lighthouse.ts);
 *  7. the benefits' eligibility check over 10,000 generated people, ms per person, next to a floor (bench/eligibility.ts).
 * Each part runs in a process of its own, one after another (bench/part.ts). `npm run bench -- slow lighthouse`
 * runs only the parts named. Wall-clock figures depend on the machine and its load: compare runs on the same machine.
 */
import '../local/node-version-notice.js';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildWeb } from './web-parts.js';
import type { bookingBench } from './booking.js';
import type { EligibilityFigures } from './eligibility.js';
import type { startupSeconds, submitLatency } from './service-parts.js';
import type { pageSizes } from './web-parts.js';
import type { slowNetworkLoads } from './slow-network.js';
import type { lighthouseScores } from './lighthouse.js';

const root = resolve(import.meta.dirname, '..');
const ALL = ['startup', 'js', 'submit', 'booking', 'slow', 'lighthouse', 'eligibility'];
const named = process.argv.slice(2).filter((a) => ALL.includes(a));
const parts = new Set(named.length ? named : ALL);

const webRoot = parts.has('js') || parts.has('slow') || parts.has('lighthouse') ? await buildWeb() : undefined;
const scratch = mkdtempSync(join(tmpdir(), 'onevisit-bench-results-'));

/** Runs one part in a fresh process and reads what it measured. */
function measure<T>(part: string): T | undefined {
  if (!parts.has(part)) return undefined;
  const resultFile = join(scratch, `${part}.json`);
  execFileSync(process.execPath, ['--import', 'tsx', join(root, 'bench/part.ts'), part, resultFile, ...(webRoot ? [webRoot] : [])], { cwd: root, stdio: 'inherit' });
  return JSON.parse(readFileSync(resultFile, 'utf8')) as T;
}

type Result<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;
const startup = measure<Result<typeof startupSeconds>>('startup');
const pageJs = measure<Result<typeof pageSizes>>('js');
const submit = measure<Result<typeof submitLatency>>('submit');
const booking = measure<Result<typeof bookingBench>>('booking');
const slowNetwork = measure<Result<typeof slowNetworkLoads>>('slow');
const lighthouseMobile = measure<Result<typeof lighthouseScores>>('lighthouse');
const eligibility = measure<EligibilityFigures>('eligibility');
const results = {
  at: new Date().toISOString(),
  machine: `${process.platform} ${process.arch}, node ${process.version}`,
  ...(startup !== undefined ? { startupSeconds: startup } : {}),
  ...(pageJs ? { pageJsGzipBytes: pageJs } : {}),
  ...(submit ? { submit } : {}),
  ...(booking ? { booking } : {}),
  ...(slowNetwork ? { slowNetwork } : {}),
  ...(lighthouseMobile ? { lighthouseMobile } : {}),
  ...(eligibility ? { eligibility } : {}),
};

console.log(`\nOneVisit benchmarks (${results.machine})`);
if (results.startupSeconds !== undefined) console.log(`  npm start → usable portal: ${results.startupSeconds.toFixed(1)} s (cold, fresh data, includes the web build)`);
if (results.pageJsGzipBytes) {
  console.log('  JavaScript per page (gzip, production build):');
  for (const [page, bytes] of Object.entries(results.pageJsGzipBytes)) console.log(`    ${page.padEnd(28)} ${(bytes / 1024).toFixed(1)} KB`);
}
const s = results.submit;
if (s) {
  console.log(`  submit, ${s.clients} concurrent clients, ${s.submits} submits: median ${s.medianMs.toFixed(0)} ms, p99 ${s.p99Ms.toFixed(0)} ms, ${s.perSecond.toFixed(1)}/s`);
  console.log(`  staff queue of ${s.queue.items} open matters: median ${s.queue.medianMs.toFixed(0)} ms, p99 ${s.queue.p99Ms.toFixed(0)} ms`);
}
const b = results.booking;
if (b) {
  console.log(`  booking rush: ${b.rush.attempts} at once for ${b.rush.seats} seats → ${b.rush.booked} booked, ${b.rush.refused} told it was full, ${b.rush.otherAnswers} other; overbooked ${b.rush.overbooked}; ${b.rush.attemptsPerSecond.toFixed(0)} attempts/s (${b.rush.seconds.toFixed(1)} s)`);
  console.log(`  booking, ${b.latency.clients} concurrent clients: p50 ${b.latency.bookingP50Ms.toFixed(0)} ms, p99 ${b.latency.bookingP99Ms.toFixed(0)} ms; the bare transaction it wraps: p50 ${b.latency.transactionP50Ms.toFixed(0)} ms, p99 ${b.latency.transactionP99Ms.toFixed(0)} ms (p99 ${(b.latency.bookingP99Ms / b.latency.transactionP99Ms).toFixed(1)}×)`);
}
const slow = results.slowNetwork;
if (slow) {
  const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(`  ${slow.link.kbps} kbps / ${slow.link.rttMs} ms round trip, empty cache, median of ${slow.runs} (floor: a 1 KB static page, content visible ${sec(slow.floor.contentVisibleMs)}):`);
  for (const [path, p] of Object.entries(slow.pages)) {
    console.log(
      `    ${path.padEnd(10)} content visible ${sec(p.contentVisibleMs)} (${(p.contentVisibleMs / slow.floor.contentVisibleMs).toFixed(1)}× floor), usable ${sec(p.usableMs)} (${(p.usableMs / slow.floor.contentVisibleMs).toFixed(1)}× floor), FCP ${sec(p.fcpMs)}, LCP ${sec(p.lcpMs)}, CLS ${p.cls.toFixed(3)}, ${p.transferKB.toFixed(0)} KB over the wire`,
    );
  }
}
if (results.lighthouseMobile) {
  console.log('  Lighthouse mobile performance (median; every run in brackets):');
  for (const [path, l] of Object.entries(results.lighthouseMobile)) {
    console.log(`    ${path.padEnd(10)} ${l.score} [${l.scores.join(', ')}]  FCP ${(l.fcpMs / 1000).toFixed(1)} s, LCP ${(l.lcpMs / 1000).toFixed(1)} s, TBT ${l.tbtMs.toFixed(0)} ms, CLS ${l.cls.toFixed(3)}, SI ${(l.speedIndexMs / 1000).toFixed(1)} s`);
  }
}
const e = results.eligibility;
if (e) {
  const ms = (x: number) => `${(x * 1000).toFixed(1)} µs`;
  console.log(`  eligibility check, ${e.people} generated people (floor: generating them, ${ms(e.floorMsPerPerson)} each; ${e.likelyPerPerson.toFixed(2)} likely benefits per person):`);
  console.log(`    rule engine, every benefit of the district   ${ms(e.engineMsPerPerson)} per person (${(e.engineMsPerPerson / e.floorMsPerPerson).toFixed(1)}× floor)`);
  console.log(`    whole public check (reasons, amounts, lists) ${ms(e.publicCheckMsPerPerson)} per person (${(e.publicCheckMsPerPerson / e.floorMsPerPerson).toFixed(1)}× floor)`);
}
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results/latest.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('  written to bench-results/latest.json');
