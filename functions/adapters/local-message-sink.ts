/**
 * Local stand-in for the SMS gateway: messages are appended to a JSON-lines file that the dev-only
 * page and route read. Never used on AWS.
 */
import { existsSync } from 'node:fs';
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { SmsSender } from '../auth/ports.js';
import type { EmailSender } from '../notifications/ports.js';
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

/** An e-mail as the sink keeps it. */
export interface SinkEmail {
  channel: 'email';
  to: string;
  subject: string;
  text: string;
  dedupeKey: string;
  at: string;
}

type SinkSender = SmsSender & EmailSender;

export function fileMessageSink(path: string, signature: string): SinkSender & { read(): Promise<(SinkMessage | SinkEmail)[]> } {
  const append = async (line: SinkMessage | SinkEmail) => {
    await mkdir(dirname(path), { recursive: true });
    await appendFile(path, `${JSON.stringify(line)}\n`);
  };
  return {
    async send(message: Parameters<SmsSender['send']>[0] | Parameters<EmailSender['send']>[0]) {
      if ('subject' in message) {
        if (existsSync(`${path}.email-fail`)) throw new Error('e-mail service unavailable (local fault)');
        await append({ channel: 'email', to: message.to, subject: message.subject, text: message.text, dedupeKey: message.dedupeKey, at: new Date().toISOString() });
        return;
      }
      // Tests make the SMS gateway fail by creating this marker, as a real gateway sometimes does.
      if (existsSync(`${path}.fail`)) throw new Error('SMS gateway unavailable (local fault)');
      const { sms } = message;
      await append({ channel: 'sms', to: message.to, text: smsText(sms, signature), template: sms.template, params: sms.params, language: sms.language, dedupeKey: message.dedupeKey, at: new Date().toISOString() });
    },
    async read() {
      try {
        const text = await readFile(path, 'utf8');
        return text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as SinkMessage | SinkEmail);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
    },
  };
}
