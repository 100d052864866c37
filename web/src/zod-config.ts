/**
 * Imported first. zod probes for `new Function` to compile fast parsers; under our CSP (no
 * 'unsafe-eval') the probe is refused and reported as a CSP violation. jitless skips the probe.
 * zod reads its one global configuration from `globalThis.__zod_globalConfig` when it loads
 * (zod/v4/core/core.js), so setting it here keeps zod itself out of every page's first load; zod is
 * loaded later, with the first form or answer checked. The browser tests fail on any CSP violation,
 * so a zod that stopped reading this setting would be caught.
 */
const zodGlobal = globalThis as { __zod_globalConfig?: Record<string, unknown> };
zodGlobal.__zod_globalConfig = { ...zodGlobal.__zod_globalConfig, jitless: true };
