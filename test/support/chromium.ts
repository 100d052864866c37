/**
 * Debian's Chromium driven by playwright-core (never a browser download). Every context reports what the
 * CSP refused; the browser tests fail on it (test/e2e/browser.ts), the benchmarks use the same browser.
 * No vitest here: the benchmarks import it outside a test run.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const cspViolations: string[] = [];

/** What the browser reported about the CSP since the last call: refused loads and sources it ignored. */
export function takeCspViolations(): string[] {
  return cspViolations.splice(0);
}

async function watchCsp(context: BrowserContext): Promise<void> {
  await context.exposeBinding('__onevisitCspViolation', (_source, report: string) => void cspViolations.push(report));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __onevisitCspViolation(r: string): void }).__onevisitCspViolation;
      report(`${e.effectiveDirective} refused ${e.blockedURI || '(inline)'} on ${location.pathname}`);
    });
  });
  // A source the browser cannot parse is dropped with a console message only, before anything is refused.
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text()) && ['error', 'warning'].includes(message.type())) cspViolations.push(message.text());
  });
}

/** playwright's launch gives every run a fresh, empty profile of its own; every context watches the CSP. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  const browser = await launch();
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args: Parameters<Browser['newContext']>) => {
    const context = await newContext(...args);
    await watchCsp(context);
    return context;
  };
  return browser;
}

function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-domain-reliability',
    ],
  });
}
