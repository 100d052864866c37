/**
 * Imported first. zod probes for `new Function` to compile fast parsers; under our CSP (no
 * 'unsafe-eval') the probe is refused and reported as a CSP violation. jitless skips the probe.
 */
import * as z from 'zod';

z.config({ jitless: true });
