/** What each benefit event says (the certificate and booking events are in templates.ts). */
import { smsMessage } from './sms-templates.js';
import { pick, title, type EventMessages } from './event-messages.js';

export const BENEFIT_NOTICES = {
  benefitProposed: {
    title: { 'zh-CN': (p) => `您可能可以领取${p.benefitZh}`, en: (p) => `You may be entitled to the ${p.benefitEn}` },
    sms: (p, lang) => smsMessage('benefitProposed', { benefit: pick(p, lang, 'benefitZh', 'benefitEn'), amount: pick(p, lang, 'amountZh', 'amountEn') }, lang),
  },
  benefitSubmitted: {
    title: { 'zh-CN': (p) => `${p.benefitZh}申请已提交`, en: (p) => `Your application for the ${p.benefitEn} was submitted` },
    sms: (p, lang) => smsMessage('submitted', { matter: lang === 'en' ? `application for the ${p.benefitEn}` : `${p.benefitZh}申请`, reference: p.reference!, promisedDue: p.promisedDue! }, lang),
  },
  benefitAwaitingRegisters: {
    title: title('申请已收到，正在核实信息', 'Received: checking with the registers'),
    sms: (p, lang) => smsMessage('benefitAwaitingRegisters', { benefit: pick(p, lang, 'benefitZh', 'benefitEn'), reference: p.reference! }, lang),
  },
  registersAnswered: { title: title('信息已核实，进入审核', 'Confirmed, now under review'), sms: (p, lang) => smsMessage('registersAnswered', { reference: p.reference! }, lang) },
  benefitStagePassed: {
    title: title('审核通过一步', 'One review step passed'),
    sms: (p, lang) => smsMessage('benefitStagePassed', { reference: p.reference!, stage: pick(p, lang, 'stageZh', 'stageEn'), next: pick(p, lang, 'nextZh', 'nextEn'), due: p.due! }, lang),
  },
  benefitApproved: {
    title: { 'zh-CN': (p) => `${p.benefitZh}已批准`, en: (p) => `The ${p.benefitEn} is approved` },
    sms: (p, lang) => smsMessage('benefitApproved', { reference: p.reference!, benefit: pick(p, lang, 'benefitZh', 'benefitEn'), amount: pick(p, lang, 'amountZh', 'amountEn'), startsOn: p.startsOn! }, lang),
  },
  benefitRefused: {
    title: title('申请未获批准', 'Application not approved'),
    sms: (p, lang) => smsMessage('benefitRefused', { reference: p.reference!, appealBy: p.appealBy! }, lang),
    // The reason is the reviewer's own words: on the website and in the notice, never in an SMS template.
    body: {
      'zh-CN': (p) => `申请${p.reference}未获批准，原因：${p.reason}。如有异议，可在${p.appealBy}前向${p.appealToZh}申请复核。`,
      en: (p) => `Application ${p.reference} was not approved: ${p.reason}. If you disagree, ask ${p.appealToEn} for a review by ${p.appealBy}.`,
    },
  },
} satisfies Record<string, EventMessages>;
