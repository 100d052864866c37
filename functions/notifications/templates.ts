/**
 * Words of every message we send: plain, short, what happened, what to do next and by when. Each event
 * names its SMS (a registered template, sms-templates.ts) and its in-app notice, whose body is the same
 * text unless the notice can say more than an SMS may.
 */
import type { Language } from '../shared/i18n.js';
import type { OutboxEvent } from '../matters/matter.js';
import { smsBody, smsMessage, type SmsMessage } from './sms-templates.js';
import { pick, title, type EventMessages, type Params } from './event-messages.js';
import { BENEFIT_NOTICES } from './benefit-notices.js';

export interface NoticeText {
  title: string;
  body: string;
}


const MATTER_NAMES: Record<string, Record<Language, string>> = {
  new: { 'zh-CN': '残疾人证申请', en: 'disability certificate application' },
  renewal: { 'zh-CN': '残疾人证换领', en: 'certificate renewal' },
  damaged: { 'zh-CN': '残疾人证损坏换领', en: 'replacement of a damaged certificate' },
  change: { 'zh-CN': '残疾类别/等级变更', en: 'change of disability category or grade' },
  reissue: { 'zh-CN': '残疾人证挂失补办', en: 'replacement of a lost certificate' },
  cancellation: { 'zh-CN': '残疾人证注销', en: 'cancellation of a certificate' },
};
const matterName = (p: Params, lang: Language) => (MATTER_NAMES[p.matter ?? 'new'] ?? MATTER_NAMES.new!)[lang];
const place = (p: Params, lang: Language) => (p.home === 'true' ? (lang === 'en' ? 'your home' : '您家中') : pick(p, lang, 'siteZh', 'siteEn'));
const time = (p: Params) => (p.end ? `${p.start}–${p.end}` : (p.start ?? ''));
const booked = (p: Params, lang: Language) => ({ date: p.date!, time: time(p), place: place(p, lang), reference: showRef(p.reference) });
/** References are read out and typed: shown in two groups of four. */
const showRef = (reference = '') => (reference.length === 8 ? `${reference.slice(0, 4)}-${reference.slice(4)}` : reference);
const completed: EventMessages = { title: title('办结', 'Completed'), sms: (p, lang) => smsMessage('completed', { reference: p.reference! }, lang) };

const events = {
  submitted: {
    title: { 'zh-CN': (p) => `${matterName(p, 'zh-CN')}已提交`, en: (p) => `Your ${matterName(p, 'en')} was submitted` },
    sms: (p, lang) => smsMessage('submitted', { matter: matterName(p, lang), reference: p.reference!, promisedDue: p.promisedDue! }, lang),
  },
  resubmitted: { title: title('补正材料已收到', 'Corrections received'), sms: (p, lang) => smsMessage('resubmitted', { reference: p.reference!, promisedDue: p.promisedDue! }, lang) },
  requestCorrection: {
    title: title('申请需要补正', 'Your application needs corrections'),
    sms: (p, lang) => smsMessage('requestCorrection', { reference: p.reference!, count: p.count!, dueOn: p.dueOn! }, lang),
  },
  accept: { title: title('申请已受理', 'Application accepted'), sms: (p, lang) => smsMessage('accept', { reference: p.reference! }, lang) },
  acceptedWithDeferral: { title: title('申请已容缺受理', 'Accepted with a material to follow'), sms: (p, lang) => smsMessage('acceptedWithDeferral', { reference: p.reference!, dueOn: p.dueOn! }, lang) },
  scheduleAssessment: {
    title: title('残疾评定已安排', 'Assessment arranged'),
    sms: (p, lang) => smsMessage(p.mode === 'homeVisit' ? 'assessmentAtHome' : 'assessmentAtCentre', { at: p.at!, institution: pick(p, lang, 'institutionZh', 'institutionEn') }, lang),
  },
  recordAssessment: { title: title('评定结果已录入', 'Assessment result recorded'), sms: (_p, lang) => smsMessage('recordAssessment', {}, lang) },
  recordNotMeetingStandard: {
    title: title('评定结果：未达到残疾标准', 'Assessment: the standard is not met'),
    sms: (p, lang) => smsMessage('recordNotMeetingStandard', { reference: p.reference!, appealBy: p.appealBy! }, lang),
  },
  startNotice: { title: title('正在公示', 'Public notice running'), sms: (p, lang) => smsMessage('startNotice', { reference: p.reference!, endsOn: p.endsOn! }, lang) },
  skipNoticeForMinor: { title: title('进入审核', 'Under review'), sms: (p, lang) => smsMessage('skipNoticeForMinor', { reference: p.reference! }, lang) },
  endNotice: { title: title('公示结束，进入审核', 'Notice over, under review'), sms: (p, lang) => smsMessage('endNotice', { reference: p.reference! }, lang) },
  recordObjection: { title: title('公示期间收到意见', 'A comment was received during the notice'), sms: (p, lang) => smsMessage('recordObjection', { reference: p.reference! }, lang) },
  approve: {
    title: title('审核通过', 'Approved'),
    sms: (p, lang) =>
      p.certificateNumberMasked
        ? smsMessage('approvedWithCertificate', { certificateNumberMasked: p.certificateNumberMasked, validUntil: p.validUntil! }, lang)
        : p.reapplyFrom
          ? smsMessage('approvedCancellationReapply', { reference: p.reference!, reapplyFrom: p.reapplyFrom }, lang)
          : smsMessage('approvedCancellation', { reference: p.reference! }, lang),
  },
  reject: {
    title: title('申请未通过', 'Application not approved'),
    sms: (p, lang) => smsMessage('rejected', { reference: p.reference!, appealBy: p.appealBy! }, lang),
    // The reason is staff's own words: shown on the website, never put into an SMS template.
    body: {
      'zh-CN': (p) => `申请${p.reference}未通过，原因：${p.reason}。如有异议，可在${p.appealBy}前向市残联申请复评。`,
      en: (p) => `Application ${p.reference} was not approved: ${p.reason}. If you disagree, ask the city DPF for a re-assessment by ${p.appealBy}.`,
    },
  },
  produceCard: { title: title('证件已制作', 'Card produced'), sms: (p, lang) => smsMessage('produceCard', { reference: p.reference! }, lang) },
  ship: { title: title('证件已寄出', 'Card posted'), sms: (p, lang) => smsMessage('ship', { courier: p.courier!, trackingNumber: p.trackingNumber! }, lang) },
  readyForPickup: { title: title('证件可以领取', 'Card ready to collect'), sms: (p, lang) => smsMessage('readyForPickup', { place: pick(p, lang, 'placeZh', 'placeEn') }, lang) },
  confirmDelivery: completed,
  confirmPickup: completed,
  withdrawn: { title: title('申请已撤回', 'Application withdrawn'), sms: (p, lang) => smsMessage('withdrawn', { reference: p.reference! }, lang) },
  booked: { title: title('评定已预约', 'Assessment booked'), sms: (p, lang) => smsMessage('bookingConfirmed', booked(p, lang), lang) },
  rescheduled: { title: title('评定预约已改期', 'Assessment moved'), sms: (p, lang) => smsMessage('bookingRescheduled', booked(p, lang), lang) },
  bookingCancelled: { title: title('评定预约已取消', 'Assessment booking cancelled'), sms: (p, lang) => smsMessage('bookingCancelled', { date: p.date!, reference: showRef(p.reference) }, lang) },
  bookingMissed: { title: title('您错过了评定', 'You missed the assessment'), sms: (p, lang) => smsMessage('bookingMissed', { date: p.date! }, lang) },
  sessionClosed: {
    title: title('评定场次取消', 'Assessment session cancelled'),
    sms: (p, lang) =>
      p.nextDate
        ? smsMessage('sessionClosed', { date: p.date!, time: time(p), place: place(p, lang), next: `${p.nextDate} ${p.nextStart}` }, lang)
        : smsMessage('sessionClosedNoSeat', { date: p.date!, time: time(p), place: place(p, lang) }, lang),
  },
  homeVisitApproved: { title: title('上门评定已同意', 'Home assessment approved'), sms: (p, lang) => smsMessage('homeVisitApproved', { reference: p.reference! }, lang) },
  homeVisitRefused: {
    title: title('上门评定未获同意', 'Home assessment not approved'),
    sms: (p, lang) => smsMessage('homeVisitRefused', { reference: p.reference! }, lang),
    body: {
      'zh-CN': (p) => `申请${p.reference}的上门评定未获同意，原因：${p.reason}。您可以在网站上预约到定点机构评定。`,
      en: (p) => `The home assessment for ${p.reference} was not approved: ${p.reason}. You can book an assessment at an institution online.`,
    },
  },
  homeVisitScheduled: {
    title: title('上门评定已安排', 'Home assessment arranged'),
    sms: (p, lang) => smsMessage('homeVisitScheduled', { date: p.date!, time: time(p), reference: showRef(p.reference) }, lang),
  },
  'booking.offer': {
    title: title('候补有空位了', 'A seat is free for you'),
    sms: (p, lang) => smsMessage('waitingListOffer', { date: p.date!, time: time(p), place: place(p, lang), until: p.until! }, lang),
  },
  'reminder.booking': { title: title('评定提醒', 'Assessment reminder'), sms: (p, lang) => smsMessage('reminderBooking', booked(p, lang), lang) },
  'reminder.bookingToday': {
    title: title('今天评定', 'Your assessment is today'),
    sms: (p, lang) => smsMessage('reminderBookingToday', { time: time(p), place: place(p, lang), reference: showRef(p.reference) }, lang),
  },
  'reminder.correction': { title: title('提醒：请尽快补正', 'Reminder: corrections due'), sms: (p, lang) => smsMessage('reminderCorrection', { reference: p.reference!, dueOn: p.dueOn! }, lang) },
  'reminder.deferral': { title: title('提醒：请补交材料', 'Reminder: material due'), sms: (p, lang) => smsMessage('reminderDeferral', { reference: p.reference!, dueOn: p.dueOn! }, lang) },
  'reminder.staffDue': {
    title: title('办理期限提醒', 'Deadline reminder'),
    sms: (p, lang) => smsMessage('reminderStaffDue', { reference: p.reference!, promisedDue: p.promisedDue!, statutoryDue: p.statutoryDue! }, lang),
  },
  ...BENEFIT_NOTICES,
  'reminder.expiry': {
    title: title('残疾人证即将到期', 'Your certificate expires soon'),
    sms: (p, lang) => smsMessage('reminderExpiry', { certificateNumberMasked: p.certificateNumberMasked!, validUntil: p.validUntil! }, lang),
  },
  // The family feature (functions/family/): codes, invitations and the end of a delegation. They name no matter.
  'family.linkCode': { title: title('身份关联验证码', 'Your linking code'), sms: (p, lang) => smsMessage('linkCode', { code: p.code!, minutes: p.minutes! }, lang) },
  'family.invitation': { title: title('协助邀请', 'An invitation to help'), sms: (p, lang) => smsMessage('delegationInvite', { code: p.code!, days: p.days! }, lang) },
  'family.recorded': { title: title('已登记为协助人', 'Registered as a helper'), sms: (_p, lang) => smsMessage('delegationRecorded', {}, lang) },
  'family.ended': {
    title: title('协助已结束', 'Your help has ended'),
    sms: (_p, lang) => smsMessage('delegationEnded', {}, lang),
    body: {
      'zh-CN': (p) => `您协助${p.person}办理事务的权限已结束。如仍需协助，请对方重新邀请。`,
      en: (p) => `Your permission to help ${p.person} has ended. If you still need it, ask them to invite you again.`,
    },
  },
  'family.cameOfAge': {
    title: title('年满18周岁，协助需本人确认', 'Turned 18: the person confirms who helps'),
    sms: (_p, lang) => smsMessage('delegationCameOfAge', {}, lang),
    body: {
      'zh-CN': (p) => `${p.person}已年满18周岁，监护人给${p.delegate}的协助权限已结束；本人登录网站确认后才能继续。`,
      en: (p) => `${p.person} has turned 18, so the permission their guardian gave ${p.delegate} has ended. It continues only if they confirm it on the website.`,
    },
  },
} satisfies Record<string, EventMessages>;

/** An event that tells the person something: it has messages here. */
export type NoticeEvent = keyof typeof events;

/** Events written to the timeline or audit trail that tell nobody anything. */
export const QUIET_EVENTS = ['promiseSigned', 'rated', 'claimed', 'reassigned', 'documentReceived', 'checkedIn', 'homeVisitRequested', 'proposalAccepted', 'proposalDeclined', 'benefitSaved', 'registerLookup', 'draftWithdrawn'] as const;

/** Every event a matter's change may be named by; a misspelt name does not compile. */
export type MatterEvent = NoticeEvent | (typeof QUIET_EVENTS)[number];

/** Every event that tells the person something. */
export const MESSAGE_EVENTS = Object.keys(events);

/** Events that change nothing the person needs told about have no messages and send nothing. */
export function hasTemplate(type: string): boolean {
  return type in events;
}

function messagesOf(type: string): EventMessages {
  const messages = (events as Record<string, EventMessages>)[type];
  if (!messages) throw new Error(`no message template for ${type}`);
  return messages;
}

/** The SMS for an event: which registered template, with which values. */
export function smsFor(event: Pick<OutboxEvent, 'type' | 'params'>, lang: Language): SmsMessage {
  return messagesOf(event.type).sms(event.params, lang);
}

export function noticeText(event: Pick<OutboxEvent, 'type' | 'params'>, lang: Language): NoticeText {
  const messages = messagesOf(event.type);
  return { title: messages.title[lang](event.params), body: messages.body?.[lang](event.params) ?? smsBody(messages.sms(event.params, lang)) };
}

/** The sign-in code SMS of the local sign-in (on AWS, Cognito sends the same template). */
export function signInCodeSms(lang: Language, code: string, minutes: number): SmsMessage {
  return smsMessage('signInCode', { code, minutes: String(minutes) }, lang);
}
