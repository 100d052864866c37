import { PinpointSMSVoiceV2Client } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { getConfig } from '../shared/config.js';
import type { SmsSender } from '../auth/ports.js';
import { fileMessageSink } from './local-message-sink.js';
import { awsSmsSender } from './aws-sms-sender.js';

/** SMS: End User Messaging on AWS, the local message sink (a file the dev page reads) locally. */
export function smsSender(): SmsSender {
  const config = getConfig();
  if (config.STAGE === 'local') return fileMessageSink(config.MESSAGE_SINK_FILE ?? '.data/messages.jsonl', config.SMS_SIGNATURE);
  if (!config.SMS_ORIGINATION_IDENTITY) throw new Error('SMS_ORIGINATION_IDENTITY is not configured');
  return awsSmsSender(new PinpointSMSVoiceV2Client({ region: config.AWS_REGION }), config.SMS_ORIGINATION_IDENTITY, config.SMS_SIGNATURE);
}
