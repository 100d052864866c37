/**
 * Local stand-in for the SMS gateway: messages are appended to a JSON-lines file that the dev-only
 * page and route read. Never used on AWS.
 */
import { existsSync } from 'node:fs';
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { SmsSender } from '../auth/ports.js';
import { smsText, type SmsMessage } from '../notifications/sms-templates.js';

export interface SinkMessage {
  channel: 'sms';
  to: string;
  /** The text exactly as it would go out. */
  text: string;
  /** The registered template and its values, as the sender received them. */
  template: SmsMessage['template'];
  params: Record<string, string>;
  language: SmsMessage['language'];
  dedupeKey: string;
  at: string;
}

export function fileMessageSink(path: string, signature: string): SmsSender & { read(): Promise<SinkMessage[]> } {
  return {
    async send(message) {
      // Tests make the SMS gateway fail by creating this marker, as a real gateway sometimes does.
      if (existsSync(`${path}.fail`)) throw new Error('SMS gateway unavailable (local fault)');
      await mkdir(dirname(path), { recursive: true });
      const { sms } = message;
      const line: SinkMessage = { channel: 'sms', to: message.to, text: smsText(sms, signature), template: sms.template, params: sms.params, language: sms.language, dedupeKey: message.dedupeKey, at: new Date().toISOString() };
      await appendFile(path, `${JSON.stringify(line)}\n`);
    },
    async read() {
      try {
        const text = await readFile(path, 'utf8');
        return text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as SinkMessage);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
    },
  };
}
