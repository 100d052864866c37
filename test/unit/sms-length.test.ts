/**
 * A Chinese SMS longer than 70 characters (signature included) is sent as two or more billed segments
 * and can arrive split or out of order on a cheap phone. Every Chinese template, filled with the longest
 * values it takes in practice, fits one segment — except those that must name a date, a time, an
 * assessment site and a booking reference at once (issue 11's appointment messages): with the longest
 * site name (20 characters) they cannot, so they may take two segments (2 × 67 characters) and no more.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SMS_SIGNATURE, SMS_TEMPLATES, smsText, type SmsTemplateId } from '../../functions/notifications/sms-templates.js';
import { allDistricts } from '../../functions/districts/district-config.js';

const ONE_SEGMENT = 70;
const TWO_SEGMENTS = 2 * 67;
const longest = (values: string[]) => values.reduce((a, b) => ([...b].length > [...a].length ? b : a), '');

/** The longest value each parameter takes: from configuration where it comes from there, else its format. */
const LONGEST: Record<string, string> = {
  code: '123456',
  minutes: '10',
  days: '30',
  matter: '残疾类别/等级变更',
  reference: 'XB-2026-000123',
  promisedDue: '2026-12-31',
  dueOn: '2026-12-31',
  appealBy: '2026-12-31',
  endsOn: '2026-12-31',
  validUntil: '2036-12-31',
  reapplyFrom: '2027-12-31',
  statutoryDue: '2026-12-31',
  count: '20',
  at: '2026-12-31 09:30',
  institution: longest(allDistricts.flatMap((d) => d.assessmentInstitutions.map((i) => i.name['zh-CN']))),
  // A card's pickup place, or the assessment site of a booking.
  place: longest([...allDistricts.map((d) => d.pickupPlace['zh-CN']), ...allDistricts.flatMap((d) => d.assessmentInstitutions.map((i) => i.name['zh-CN']))]),
  date: '2026-12-31',
  time: '08:30–11:30',
  next: '2026-12-31 08:30',
  until: '2026-12-31 18:00',
  // Benefits (issue 12): the longest benefit name in config/benefits, an amount, the review stages.
  benefit: '困难重度残疾人家庭无障碍改造',
  amount: '每月1200元',
  stage: '乡镇（街道）',
  due: '2026-12-31',
  startsOn: '2026-12',
  certificateNumberMasked: '110105********002X42B9',
  courier: '中国邮政EMS',
  trackingNumber: '1234567890123',
};

/**
 * Two segments at most: booking's messages naming a date, time, site and reference at once, and benefits'
 * messages naming a benefit (up to 14 characters) with its amount or reference — issue 11's and 12's wording,
 * left to them to shorten where they can.
 */
const MAY_SPLIT: SmsTemplateId[] = [
  'bookingConfirmed', 'bookingRescheduled', 'sessionClosed', 'sessionClosedNoSeat', 'waitingListOffer', 'reminderBooking', 'reminderBookingToday',
  'benefitProposed', 'benefitAwaitingRegisters', 'benefitStagePassed', 'benefitApproved',
];
const ids = (Object.keys(SMS_TEMPLATES) as SmsTemplateId[]).filter((id) => !MAY_SPLIT.includes(id));
const filled = (id: SmsTemplateId) => {
  const params = Object.fromEntries(SMS_TEMPLATES[id].params.map((p) => [p, LONGEST[p] ?? 'X'.repeat(40)]));
  return smsText({ template: id, params, language: 'zh-CN' } as never, DEFAULT_SMS_SIGNATURE);
};

describe('Chinese SMS', () => {
  it.each(ids)('%s fits one 70-character segment with its longest values', (id) => {
    const text = filled(id);
    expect([...text].length, text).toBeLessThanOrEqual(ONE_SEGMENT);
  });

  it.each(MAY_SPLIT)('%s, which names a date, time, site and reference, takes two segments at most', (id) => {
    const text = filled(id);
    expect([...text].length, text).toBeLessThanOrEqual(TWO_SEGMENTS);
  });

  it('knows the longest value of every parameter a template takes', () => {
    const unknown = [...new Set([...ids, ...MAY_SPLIT].flatMap((id) => SMS_TEMPLATES[id].params))].filter((p) => !(p in LONGEST));
    expect(unknown).toEqual([]);
  });
});
