import { PinpointSMSVoiceV2Client, SendTextMessageCommand } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import type { SmsSender } from '../auth/ports.js';

/** SMS through AWS End User Messaging. `to` is a mainland mobile number without prefix. */
export function awsSmsSender(client: PinpointSMSVoiceV2Client, originationIdentity: string): SmsSender {
  return {
    async send(message) {
      await client.send(
        new SendTextMessageCommand({
          DestinationPhoneNumber: `+86${message.to}`,
          OriginationIdentity: originationIdentity,
          MessageBody: message.text,
          MessageType: 'TRANSACTIONAL',
        }),
      );
    },
  };
}
