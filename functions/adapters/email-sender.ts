import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { getConfig } from '../shared/config.js';
import type { EmailSender } from '../notifications/ports.js';
import { fileMessageSink } from './local-message-sink.js';

/** E-mail: SES on AWS (from EMAIL_FROM, an address of the deployment's SES identity), the local message sink locally. */
export function emailSender(): EmailSender {
  const config = getConfig();
  if (config.STAGE === 'local') return fileMessageSink(config.MESSAGE_SINK_FILE ?? '.data/messages.jsonl', config.SMS_SIGNATURE);
  if (!config.EMAIL_FROM) throw new Error('EMAIL_FROM is not configured');
  const client = new SESv2Client({ region: config.AWS_REGION });
  return {
    async send(message) {
      await client.send(
        new SendEmailCommand({
          FromEmailAddress: config.EMAIL_FROM,
          Destination: { ToAddresses: [message.to] },
          Content: { Simple: { Subject: { Data: message.subject, Charset: 'UTF-8' }, Body: { Text: { Data: message.text, Charset: 'UTF-8' } } } },
        }),
      );
    },
  };
}
