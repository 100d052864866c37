/**
 * E-mail, the optional third channel (for relatives abroad, say): the in-app notice's words with a link
 * to the portal, and the message that verifies an address. Plain text only.
 */
import type { Language } from '../shared/i18n.js';
import type { NoticeText } from './templates.js';

export interface EmailText {
  subject: string;
  text: string;
}

const SIGN_OFF: Record<Language, string> = {
  'zh-CN': '——残联一次办（此邮件由系统发送，请勿回复）',
  en: '— OneVisit, Disabled Persons’ Federation (sent automatically; please do not reply)',
};

/** A notice as an e-mail. */
export function noticeEmail(notice: NoticeText & { about?: string }, lang: Language, webUrl: string | undefined): EmailText {
  const about = notice.about ? (lang === 'en' ? `About: ${notice.about}\n\n` : `关于：${notice.about}\n\n`) : '';
  const link = webUrl ? (lang === 'en' ? `\n\nSign in to see more: ${webUrl}/` : `\n\n登录查看详情：${webUrl}/`) : '';
  return { subject: notice.title, text: `${about}${notice.body}${link}\n\n${SIGN_OFF[lang]}` };
}

/** The link that verifies an address; the token is in the fragment, so it never reaches a server log. */
export function verifyEmail(token: string, hours: number, lang: Language, webUrl: string): EmailText {
  const url = `${webUrl}/email/verify#${token}`;
  return lang === 'en'
    ? { subject: 'Confirm your e-mail address', text: `Open this link to receive OneVisit messages at this address:\n\n${url}\n\nThe link works for ${hours} hours. If you did not ask for this, ignore this e-mail.\n\n${SIGN_OFF.en}` }
    : { subject: '请确认您的电子邮箱', text: `请打开下面的链接，确认用这个邮箱接收残联一次办的消息：\n\n${url}\n\n链接${hours}小时内有效。如果不是您本人操作，请忽略本邮件。\n\n${SIGN_OFF['zh-CN']}` };
}
