/**
 * Keeps a copy of everything a test process prints (our logs, libraries' warnings, stray console
 * calls) for the personal-data scan that `npm test` runs at the end (test/pii-log-scan.ts).
 */
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.ONEVISIT_LOG_CAPTURE_DIR;
if (dir) {
  const file = join(dir, `${process.pid}.log`);
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      try {
        appendFileSync(file, typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array));
      } catch {
        // The copy is for the scan; printing must go on whatever happens to it.
      }
      return write(chunk, ...rest);
    }) as typeof stream.write;
  }
}
