/**
 * Whether SMS that were sent are what a federation registered: a template of the catalogue, its own
 * parameters with short plain values, and a text that matches the registered template's pattern
 * behind the signature — read from the text as it would go out, not from how it was built.
 */
import { DEFAULT_SMS_SIGNATURE, SMS_TEMPLATES, type SmsTemplateId } from '../../functions/notifications/sms-templates.js';

export interface SentSms {
  /** The sink keeps e-mail too; only SMS are checked here. */
  channel?: string;
  to: string;
  text: string;
  template?: string;
  params?: Record<string, string>;
  language?: string;
}

/** A parameter is a short value (a date, a reference, a masked number, a place), never free text. */
export const MAX_PARAM_LENGTH = 40;

const escape = (text: string) => text.replace(/[.*+?^$()|[\]\\]/g, '\\$&');

/** The registered template as the operator checks it: fixed text, and anything in place of a parameter. */
export function templatePattern(template: SmsTemplateId, language: 'zh-CN' | 'en', signature = DEFAULT_SMS_SIGNATURE): RegExp {
  const parts = SMS_TEMPLATES[template][language].split(/\{\w+\}/);
  return new RegExp(`^${escape(`【${signature}】`)}${parts.map(escape).join('(.+?)')}$`, 's');
}

export function smsProblems(messages: SentSms[], signature = DEFAULT_SMS_SIGNATURE): string[] {
  const problems: string[] = [];
  for (const message of messages) {
    if (message.channel === 'email') continue;
    const label = `SMS to ${message.to} "${message.text}"`;
    const template = message.template as SmsTemplateId | undefined;
    if (!template || !(template in SMS_TEMPLATES)) {
      problems.push(`${label}: not from a registered template (${message.template})`);
      continue;
    }
    const language = message.language === 'en' ? 'en' : 'zh-CN';
    if (!templatePattern(template, language, signature).test(message.text)) problems.push(`${label}: does not match template ${template}`);
    const declared = [...SMS_TEMPLATES[template].params].sort();
    const given = Object.keys(message.params ?? {}).sort();
    if (declared.join() !== given.join()) problems.push(`${label}: parameters ${given.join(', ')} instead of ${declared.join(', ')}`);
    for (const [name, value] of Object.entries(message.params ?? {})) {
      if (!value || value.length > MAX_PARAM_LENGTH || /[【】[\]]|https?:/.test(value)) problems.push(`${label}: parameter ${name} = "${value}" is not a short plain value`);
    }
  }
  return problems;
}
