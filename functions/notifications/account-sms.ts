/** The SMS of signing in, linking one's account to oneself and family delegations (rules for every template: sms-templates.ts). */
import type { SmsTemplate } from './sms-template.js';

export const ACCOUNT_SMS = {
  signInCode: {
    kind: 'verificationCode',
    localOnly: true,
    params: ['code', 'minutes'],
    'zh-CN': '您的登录验证码是{code}，{minutes}分钟内有效。请勿告诉他人。',
    en: 'Your sign-in code is {code}. It expires in {minutes} minutes. Do not share it with anyone.',
  },
  /** Sent by Cognito on AWS (sign-up confirmation and sign-in codes), in Chinese only: a user pool has one text. */
  cognitoCode: {
    kind: 'verificationCode',
    params: ['code'],
    'zh-CN': '您的验证码是{code}，用于登录或开通账号。请勿告诉他人。',
    en: 'Your code is {code}. Use it to sign in or open your account. Do not share it with anyone.',
  },
  linkCode: {
    kind: 'verificationCode',
    params: ['code', 'minutes'],
    'zh-CN': '您正在将账号关联到本人身份，验证码{code}，{minutes}分钟内有效。如非本人操作请忽略。',
    en: 'You are linking your account to yourself. Your code is {code}; it expires in {minutes} minutes. If this was not you, ignore this message.',
  },
  delegationInvite: {
    kind: 'notification',
    params: ['code', 'days'],
    'zh-CN': '家人邀请您协助办理残联事务，邀请码{code}，{days}天内有效。请登录网站在“我帮助的人”中接受。',
    en: 'A relative invites you to help with their disability services. Invitation code {code}, valid {days} days. Sign in and accept it under “People I help”.',
  },
  delegationRecorded: {
    kind: 'notification',
    params: [],
    'zh-CN': '您已在残联窗口登记为家人的协助人，可登录网站在“我帮助的人”中查看；如有误可在网上结束。',
    en: 'You were registered at the DPF counter as a helper of a relative. See it under “People I help” after signing in; if this is wrong, you can end it there.',
  },
  delegationEnded: {
    kind: 'notification',
    params: [],
    'zh-CN': '您协助家人办理残联事务的权限已结束。如仍需协助，请家人重新邀请。',
    en: 'Your permission to help a relative with their disability services has ended. If you still need it, ask them to invite you again.',
  },
  delegationCameOfAge: {
    kind: 'notification',
    params: [],
    'zh-CN': '您协助的家人已年满18周岁，监护人给的协助权限已结束，需本人登录网站确认后才能继续。',
    en: 'The relative you help has turned 18, so the permission their guardian gave has ended. It continues only if they confirm it on the website.',
  },
} as const satisfies Record<string, SmsTemplate>;
