/**
 * `npm run sms-templates -- --signature 开福区残联`: the SMS templates to register for mainland China,
 * exactly as the portal sends them, with each parameter written ${name} as registration forms ask.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_SMS_SIGNATURE, SMS_TEMPLATES, type SmsTemplateId } from '../functions/notifications/sms-templates.js';

const { values } = parseArgs({ options: { signature: { type: 'string', default: DEFAULT_SMS_SIGNATURE } } });
const kinds = { verificationCode: '验证码 (one-time code)', notification: '通知 (transactional notice)' };
for (const id of Object.keys(SMS_TEMPLATES) as SmsTemplateId[]) {
  const template: (typeof SMS_TEMPLATES)[SmsTemplateId] & { localOnly?: true } = SMS_TEMPLATES[id];
  if (template.localOnly) continue;
  console.log(`${id} — ${kinds[template.kind]}; parameters: ${template.params.join(', ') || 'none'}`);
  for (const lang of ['zh-CN', 'en'] as const) console.log(`  ${lang}: 【${values.signature}】${template[lang].replace(/\{(\w+)\}/g, '${$1}')}`);
}
