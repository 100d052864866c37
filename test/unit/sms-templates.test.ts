/**
 * The SMS template catalogue is what a federation registers for mainland China: every message the
 * notifier, the local sign-in and Cognito send comes from it, with its declared parameters only.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SMS_SIGNATURE, SMS_TEMPLATES, smsText, type SmsTemplateId } from '../../functions/notifications/sms-templates.js';
import { MESSAGE_EVENTS, noticeText, signInCodeSms, smsFor } from '../../functions/notifications/templates.js';
import { cognitoSmsMessage } from '../../cdk/auth-stack.js';
import { smsProblems, templatePattern } from '../support/sms-conformance.js';

const ids = Object.keys(SMS_TEMPLATES) as SmsTemplateId[];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
/** Params as an event may carry them: every name asked for has a value. */
const anyParams = new Proxy({} as Record<string, string>, { get: (_t, name) => (typeof name === 'string' ? `${name.slice(0, 6)}1` : undefined), has: () => true });

describe('the SMS templates', () => {
  it.each(ids)('%s uses exactly its declared parameters, in both languages', (id) => {
    const template = SMS_TEMPLATES[id];
    expect(placeholders(template['zh-CN'])).toEqual([...template.params].sort());
    expect(placeholders(template.en)).toEqual([...template.params].sort());
  });

  it('keep the brackets for the signature alone, carry no links, and fit Cognito’s 140 characters where Cognito sends them', () => {
    for (const id of ids) for (const lang of ['zh-CN', 'en'] as const) expect(SMS_TEMPLATES[id][lang], `${id} ${lang}`).not.toMatch(/[【】[\]]|https?:|www\./);
    expect(cognitoSmsMessage(DEFAULT_SMS_SIGNATURE)).toMatch(/^【残联一次办】.*\{####\}/);
    expect(cognitoSmsMessage(DEFAULT_SMS_SIGNATURE).length).toBeLessThanOrEqual(140);
  });

  it.each(MESSAGE_EVENTS)('event %s sends a registered template with all its parameters, in both languages', (type) => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const sms = smsFor({ type, params: anyParams }, lang);
      const text = smsText(sms, DEFAULT_SMS_SIGNATURE);
      expect(smsProblems([{ to: '13900000001', text, template: sms.template, params: sms.params as Record<string, string>, language: lang }])).toEqual([]);
      expect(noticeText({ type, params: anyParams }, lang).body.length).toBeGreaterThan(0);
    }
  });

  it('start every text with the registered signature in full-width brackets, English too', () => {
    const sms = signInCodeSms('en', '123456', 5);
    expect(smsText(sms, '开福区残联')).toBe('【开福区残联】Your sign-in code is 123456. It expires in 5 minutes. Do not share it with anyone.');
  });

  it('never put a staff member’s free-text reason into an SMS, while the in-app notice gives it', () => {
    const params = { reference: 'KF2026-0001', reason: '医疗证明不是本人的', appealBy: '2026-12-31' };
    const sms = smsFor({ type: 'reject', params }, 'zh-CN');
    expect(smsText(sms, DEFAULT_SMS_SIGNATURE)).not.toContain(params.reason);
    expect(noticeText({ type: 'reject', params }, 'zh-CN').body).toContain(params.reason);
  });
});

describe('the conformance check the tests run on every SMS sent', () => {
  const sent = (text: string, template = 'accept', params: Record<string, string> = { reference: 'KF2026-0001' }) => ({ to: '13900000001', text, template, params, language: 'zh-CN' });

  it('accepts a text made from its template', () => {
    expect(smsProblems([sent('【残联一次办】申请KF2026-0001材料齐全，已受理。我们会尽快安排残疾评定，时间地点将短信告知。')])).toEqual([]);
  });

  it('refuses changed wording, an unknown template, a missing signature and free text in a parameter', () => {
    expect(smsProblems([sent('【残联一次办】申请KF2026-0001材料齐全，已受理！')])).toHaveLength(1);
    expect(smsProblems([sent('申请KF2026-0001材料齐全，已受理。我们会尽快安排残疾评定，时间地点将短信告知。')])).toHaveLength(1);
    expect(smsProblems([sent('【残联一次办】hello', 'greeting')])).toHaveLength(1);
    const long = '请于下周一上午九点带上全部原件和复印件以及近期免冠照片到三楼窗口办理相关手续，逾期将不再受理';
    expect(smsProblems([sent(`【残联一次办】申请${long}材料齐全，已受理。我们会尽快安排残疾评定，时间地点将短信告知。`, 'accept', { reference: long })])).toHaveLength(1);
    expect(templatePattern('accept', 'zh-CN').test('【残联一次办】申请X材料齐全，已受理。我们会尽快安排残疾评定，时间地点将短信告知。')).toBe(true);
  });
});
