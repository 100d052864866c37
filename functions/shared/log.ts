/** One JSON line per event. ID and mobile numbers are masked before anything is written. */
import { maskIdNumber } from '../domain/id-number.js';
import { maskMobile } from '../domain/phone.js';

const ID_NUMBER = /(?<!\d)[1-9]\d{16}[\dXx](?!\d)/g;
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/g;

export function maskSensitive(text: string): string {
  return text.replace(ID_NUMBER, (m) => maskIdNumber(m.toUpperCase())).replace(MOBILE, maskMobile);
}

export function logEvent(level: 'info' | 'warn' | 'error', message: string, detail: Record<string, unknown> = {}): void {
  if (process.env.ONEVISIT_QUIET_LOGS === 'true' && level !== 'error') return;
  const line = JSON.stringify({ level, message, ...detail, at: new Date().toISOString() });
  (level === 'error' ? console.error : console.log)(maskSensitive(line));
}
