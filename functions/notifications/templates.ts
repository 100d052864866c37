/** Words of every message we send: plain, short, what happened and what comes next. */
import type { Language } from '../shared/i18n.js';
import type { OutboxEvent } from '../applications/application.js';

const SIGNATURE: Record<Language, string> = { 'zh-CN': '【残联一次办】', en: '[OneVisit] ' };

export function signInCodeText(lang: Language, code: string, minutes: number): string {
  return lang === 'en'
    ? `${SIGNATURE.en}Your sign-in code is ${code}. It expires in ${minutes} minutes. Do not share it with anyone.`
    : `${SIGNATURE['zh-CN']}您的登录验证码是${code}，${minutes}分钟内有效。请勿告诉他人。`;
}

export interface NoticeText {
  title: string;
  body: string;
}

const texts: Record<OutboxEvent['type'], Record<Language, (p: Record<string, string>) => NoticeText>> = {
  'application.submitted': {
    'zh-CN': (p) => ({
      title: '残疾人证申请已提交',
      body: `我们已收到您的残疾人证申请，受理编号${p.reference}。工作人员将在5个工作日内审核材料，结果会短信通知您，无需来窗口询问。`,
    }),
    en: (p) => ({
      title: 'Disability certificate application submitted',
      body: `We have received your disability certificate application, reference ${p.reference}. Staff will check your documents within 5 working days and tell you the result by SMS; there is no need to come in and ask.`,
    }),
  },
  'application.withdrawn': {
    'zh-CN': (p) => ({ title: '申请已撤回', body: `您的申请${p.reference}已撤回。如需办理，可随时重新申请。` }),
    en: (p) => ({ title: 'Application withdrawn', body: `Your application ${p.reference} has been withdrawn. You can apply again at any time.` }),
  },
};

export function noticeText(event: Pick<OutboxEvent, 'type' | 'params'>, lang: Language): NoticeText {
  return texts[event.type][lang](event.params);
}

export function smsText(event: Pick<OutboxEvent, 'type' | 'params'>, lang: Language): string {
  return `${SIGNATURE[lang]}${noticeText(event, lang).body}`;
}
