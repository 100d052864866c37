import { PinpointSMSVoiceV2Client, SendTextMessageCommand } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import type { SmsSender } from '../auth/ports.js';
import { smsText } from '../notifications/sms-templates.js';

/**
 * SMS through AWS End User Messaging. `to` is a mainland mobile number without prefix. The body is a
 * registered template filled in, behind the registered signature: mainland operators drop anything else.
 */
export function awsSmsSender(client: PinpointSMSVoiceV2Client, originationIdentity: string, signature: string): SmsSender {
  return {
    async send(message) {
      await client.send(
        new SendTextMessageCommand({
          DestinationPhoneNumber: `+86${message.to}`,
          OriginationIdentity: originationIdentity,
          MessageBody: smsText(message.sms, signature),
          MessageType: 'TRANSACTIONAL',
          // Shows in End User Messaging's delivery events, so a blocked template can be found.
          Context: { template: message.sms.template },
        }),
      );
    },
  };
}
