/**
 * Every SMS the portal sends, as a fixed set of templates with parameters. Mobile operators in mainland
 * China deliver only messages that match a template registered in advance, prefixed with the sender's
 * registered signature (签名) in full-width brackets; sender IDs are not supported there. This list is
 * what a federation registers (docs/deploy.md, "SMS to mainland numbers"); no other text is ever sent.
 *
 * Parameters are the variable parts ({name} here, ${name} in the registration form). Keep them short
 * values, never free text: a staff member's reason for a refusal, for instance, is read on the website.
 */
import type { Language } from '../shared/i18n.js';
import type { SmsTemplate } from './sms-template.js';
import { ACCOUNT_SMS } from './account-sms.js';
import { BENEFIT_SMS } from './benefit-sms.js';
import { BOOKING_SMS } from './booking-sms.js';
import { CERTIFICATE_SMS } from './certificate-sms.js';

export const SMS_TEMPLATES = { ...ACCOUNT_SMS, ...CERTIFICATE_SMS, ...BENEFIT_SMS, ...BOOKING_SMS } as const satisfies Record<string, SmsTemplate>;

export type SmsTemplateId = keyof typeof SMS_TEMPLATES;
type ParamsOf<T extends SmsTemplateId> = Record<(typeof SMS_TEMPLATES)[T]['params'][number], string>;

/** One outgoing SMS: a registered template and the values of its parameters, in the recipient's language. */
export type SmsMessage = { [T in SmsTemplateId]: { template: T; params: ParamsOf<T>; language: Language } }[SmsTemplateId];

export const smsMessage = <T extends SmsTemplateId>(template: T, params: ParamsOf<T>, language: Language) => ({ template, params, language }) as SmsMessage;

/** The sender's signature as registered, without brackets (configuration, e.g. 长沙市开福区残联). */
export const DEFAULT_SMS_SIGNATURE = '残联一次办';

/** A code someone has just asked for goes at once, even in quiet hours; everything else may wait. */
export const isVerificationCode = (template: SmsTemplateId): boolean => SMS_TEMPLATES[template].kind === 'verificationCode';

/** The template's text with its parameters filled in, without the signature. */
export function smsBody(message: Pick<SmsMessage, 'template' | 'params' | 'language'>): string {
  const template: SmsTemplate = SMS_TEMPLATES[message.template];
  const params = message.params as Record<string, string>;
  const missing = template.params.filter((name) => typeof params[name] !== 'string');
  if (missing.length) throw new Error(`SMS template ${message.template} is missing ${missing.join(', ')}`);
  return template[message.language].replace(/\{(\w+)\}/g, (_m, name: string) => params[name]!);
}

/** The text as it goes out: 【signature】 first, in every language, as mainland operators require. */
export function smsText(message: Pick<SmsMessage, 'template' | 'params' | 'language'>, signature: string): string {
  return `【${signature}】${smsBody(message)}`;
}
