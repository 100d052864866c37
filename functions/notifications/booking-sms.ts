/** The SMS of assessment appointments: bookings, moves, closed sessions, the waiting list, reminders, home visits (rules for every template: sms-templates.ts). */
import type { SmsTemplate } from './sms-template.js';

export const BOOKING_SMS = {
  bookingConfirmed: {
    kind: 'notification',
    params: ['date', 'time', 'place', 'reference'],
    'zh-CN': '您已预约{date} {time}在{place}进行残疾评定，预约号{reference}。请带身份证按时到场，这是全程唯一需要到场的一次。',
    en: 'Your assessment is booked for {date} {time} at {place}, booking reference {reference}. Bring your ID card. This is the only visit needed.',
  },
  bookingRescheduled: {
    kind: 'notification',
    params: ['date', 'time', 'place', 'reference'],
    'zh-CN': '您的评定预约已改到{date} {time}，地点{place}，预约号{reference}不变。',
    en: 'Your assessment is moved to {date} {time} at {place}. Your booking reference {reference} stays the same.',
  },
  bookingCancelled: {
    kind: 'notification',
    params: ['date', 'reference'],
    'zh-CN': '您{date}的评定预约（{reference}）已取消，座位已释放。可随时登录网站重新预约。',
    en: 'Your assessment booking for {date} ({reference}) is cancelled and the seat released. You can book again online at any time.',
  },
  bookingMissed: {
    kind: 'notification',
    params: ['date'],
    'zh-CN': '您没有参加{date}的残疾评定，申请仍然有效。请登录网站重新预约；如无法出行，可申请上门评定。',
    en: 'You did not come to the assessment on {date}; your application stays open. Book again online, or ask for a home assessment if you cannot travel.',
  },
  sessionClosed: {
    kind: 'notification',
    params: ['date', 'time', 'place', 'next'],
    'zh-CN': '很抱歉，{date} {time}{place}的评定因故取消，您的预约已释放。最早可约{next}，请登录网站一键改约。',
    en: 'Sorry: the assessment on {date} {time} at {place} is cancelled and your booking released. The earliest free seat is {next}; rebook online with one tap.',
  },
  sessionClosedNoSeat: {
    kind: 'notification',
    params: ['date', 'time', 'place'],
    'zh-CN': '很抱歉，{date} {time}{place}的评定因故取消，您的预约已释放。新的时间开放后请登录网站重新预约。',
    en: 'Sorry: the assessment on {date} {time} at {place} is cancelled and your booking released. Please book again online when new times open.',
  },
  waitingListOffer: {
    kind: 'notification',
    params: ['date', 'time', 'place', 'until'],
    'zh-CN': '{date} {time}{place}的评定有空位了，为您保留到{until}。请登录网站确认预约，过时将让给下一位。',
    en: 'A seat is free for the assessment on {date} {time} at {place}, kept for you until {until}. Confirm it online; after that it goes to the next person.',
  },
  reminderBooking: {
    kind: 'notification',
    params: ['date', 'time', 'place', 'reference'],
    'zh-CN': '提醒：您预约了{date} {time}在{place}进行残疾评定，预约号{reference}。请带身份证、病历和平时用的助听器或眼镜。',
    en: 'Reminder: your assessment is on {date} {time} at {place}, booking reference {reference}. Bring your ID card, medical records and any hearing aids or glasses you use.',
  },
  reminderBookingToday: {
    kind: 'notification',
    params: ['time', 'place', 'reference'],
    'zh-CN': '今天{time}在{place}进行残疾评定，预约号{reference}。请带好身份证。',
    en: 'Today at {time} your assessment is at {place}, booking reference {reference}. Bring your ID card.',
  },
  homeVisitApproved: {
    kind: 'notification',
    params: ['reference'],
    'zh-CN': '申请{reference}的上门评定已同意，上门日期确定后会短信告知。',
    en: 'The home assessment for {reference} is approved. We will text you the date.',
  },
  homeVisitRefused: {
    kind: 'notification',
    params: ['reference'],
    'zh-CN': '申请{reference}的上门评定未获同意，原因请登录网站查看。您可以在网站上预约到定点机构评定。',
    en: 'The home assessment for {reference} was not approved; sign in to read why. You can book an assessment at an institution online.',
  },
  homeVisitScheduled: {
    kind: 'notification',
    params: ['date', 'time', 'reference'],
    'zh-CN': '评定医生将于{date} {time}上门评定，预约号{reference}。请带好身份证，家中留人。',
    en: 'An assessor will visit you at home on {date} between {time}, booking reference {reference}. Please have your ID card ready.',
  },
} as const satisfies Record<string, SmsTemplate>;
