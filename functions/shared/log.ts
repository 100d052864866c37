/** One JSON line per event. ID and mobile numbers are masked before anything is written. */
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { maskIdNumber } from '../domain/id-number.js';
import { maskMobile } from '../domain/phone.js';

const ID_NUMBER = /(?<!\d)[1-9]\d{16}[\dXx](?!\d)/g;
const MOBILE = /(?<!\d)(?:\+?86)?1[3-9]\d{9}(?!\d)/g;

export function maskSensitive(text: string): string {
  return text.replace(ID_NUMBER, (m) => maskIdNumber(m.toUpperCase())).replace(MOBILE, (m) => `${m.slice(0, -11)}${maskMobile(m.slice(-11))}`);
}

export function logEvent(level: 'info' | 'warn' | 'error', message: string, detail: Record<string, unknown> = {}): void {
  const line = maskSensitive(JSON.stringify({ level, message, ...detail, at: new Date().toISOString() }));
  if (process.env.ONEVISIT_QUIET_LOGS === 'true' && level !== 'error') {
    // Quiet tests still keep every line for the personal-data scan (test/pii-log-scan.ts).
    const captureDir = process.env.ONEVISIT_LOG_CAPTURE_DIR;
    if (captureDir) appendFileSync(join(captureDir, `${process.pid}.log`), `${line}\n`);
    return;
  }
  (level === 'error' ? console.error : console.log)(line);
}
