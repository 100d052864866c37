/** What an event says: its notice title (and body where it says more) and its SMS, in each language. */
import type { Language } from '../shared/i18n.js';
import type { SmsMessage } from './sms-templates.js';

export type Params = Record<string, string>;

export interface EventMessages {
  title: Record<Language, (p: Params) => string>;
  sms: (p: Params, lang: Language) => SmsMessage;
  /** Only where the in-app notice says more than the SMS. */
  body?: Record<Language, (p: Params) => string>;
}

export const title = (zh: string, en: string): EventMessages['title'] => ({ 'zh-CN': () => zh, en: () => en });
export const pick = (p: Params, lang: Language, zh: string, en: string) => p[lang === 'en' ? en : zh] ?? '';
