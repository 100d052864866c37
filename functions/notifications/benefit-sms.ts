/** The SMS of benefit matters and 政策找人 (rules for every template: sms-templates.ts). */
import { NO_VISIT, type SmsTemplate } from './sms-template.js';

export const BENEFIT_SMS = {
  benefitProposed: {
    kind: 'notification',
    params: ['benefit', 'amount'],
    'zh-CN': '根据您的残疾人证和有关部门的信息，您可能可以领取{benefit}（{amount}）。申请表已替您填好，请登录网站核对后提交，不用提供证明。',
    en: 'From your disability certificate and government records, you may be entitled to the {benefit} ({amount}). The application is filled in for you: sign in to check and send it. No certificates are needed.',
  },
  benefitAwaitingRegisters: {
    kind: 'notification',
    params: ['benefit', 'reference'],
    'zh-CN': `我们已收到您的{benefit}申请，受理编号{reference}。正在向有关部门核实信息，核实后自动进入审核，不用您提供证明。${NO_VISIT['zh-CN']}`,
    en: `We have received your application for the {benefit}, reference {reference}. We are checking with the government registers; it goes to review as soon as they answer, with no certificates needed from you. ${NO_VISIT.en}`,
  },
  registersAnswered: {
    kind: 'notification',
    params: ['reference'],
    'zh-CN': '申请{reference}的信息已核实，已进入审核。',
    en: 'The information for {reference} has been confirmed; the application is now under review.',
  },
  benefitStagePassed: {
    kind: 'notification',
    params: ['reference', 'stage', 'next', 'due'],
    'zh-CN': '申请{reference}已通过{stage}审核，现由{next}办理，{due}前完成。',
    en: 'Application {reference} has passed the {stage} review and is now with {next}, to be done by {due}.',
  },
  benefitApproved: {
    kind: 'notification',
    params: ['reference', 'benefit', 'amount', 'startsOn'],
    'zh-CN': '申请{reference}已批准：{benefit}，{amount}，自{startsOn}起发放。',
    en: 'Application {reference} is approved: {benefit}, {amount}, paid from {startsOn}.',
  },
  benefitRefused: {
    kind: 'notification',
    params: ['reference', 'appealBy'],
    'zh-CN': '申请{reference}未获批准，原因和复核部门请登录网站查看。如有异议，可在{appealBy}前申请复核。',
    en: 'Application {reference} was not approved; sign in to read why and where to appeal. If you disagree, you can ask for a review by {appealBy}.',
  },
} as const satisfies Record<string, SmsTemplate>;
