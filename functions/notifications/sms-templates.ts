/**
 * Every SMS the portal sends, as a fixed set of templates with parameters. Mobile operators in mainland
 * China deliver only messages that match a template registered in advance, prefixed with the sender's
 * registered signature (签名) in full-width brackets; sender IDs are not supported there. This list is
 * what a federation registers (docs/deploy.md, "SMS to mainland numbers"); no other text is ever sent.
 *
 * Parameters are the variable parts ({name} here, ${name} in the registration form). Keep them short
 * values, never free text: a staff member's reason for a refusal, for instance, is read on the website.
 */
import type { Language } from '../shared/i18n.js';

interface SmsTemplate {
  /** What the operator classifies it as: a one-time code, or a notice of the matter's progress. */
  kind: 'verificationCode' | 'notification';
  /** Sent only by the local sign-in; on AWS Cognito texts the codes (cognitoCode). Not registered. */
  localOnly?: true;
  params: readonly string[];
  'zh-CN': string;
  en: string;
}

const NO_VISIT = { 'zh-CN': '无需来窗口询问。', en: 'There is no need to come in and ask.' };

export const SMS_TEMPLATES = {
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
  submitted: {
    kind: 'notification',
    params: ['matter', 'reference', 'promisedDue'],
    'zh-CN': '已收到您的{matter}，编号{reference}，承诺{promisedDue}前办结，进展短信告知，无需跑窗口。',
    en: `We have received your {matter}, reference {reference}. We promise to finish by {promisedDue} and will text you at every step. ${NO_VISIT.en}`,
  },
  resubmitted: {
    kind: 'notification',
    params: ['reference', 'promisedDue'],
    'zh-CN': '申请{reference}的补正材料已收到，办理时限继续计算，承诺{promisedDue}前办结。',
    en: 'We have your corrections for {reference}. The clock runs again; we promise to finish by {promisedDue}.',
  },
  requestCorrection: {
    kind: 'notification',
    params: ['reference', 'count', 'dueOn'],
    'zh-CN': '申请{reference}有{count}项需补正，已一次列全。请登录网站查看，{dueOn}前改好重新提交，期间时限暂停。',
    en: 'Application {reference} needs {count} correction(s), all listed at once. Sign in to see the list, fix everything and resubmit by {dueOn}. The time limit is paused meanwhile.',
  },
  accept: {
    kind: 'notification',
    params: ['reference'],
    'zh-CN': '申请{reference}材料齐全，已受理。我们会尽快安排残疾评定，时间地点将短信告知。',
    en: 'Application {reference} is complete and accepted. We will arrange the assessment and text you the time and place.',
  },
  acceptedWithDeferral: {
    kind: 'notification',
    params: ['reference', 'dueOn'],
    'zh-CN': '申请{reference}已先行受理，还缺少的材料请在{dueOn}前上传。请登录网站签署补交承诺。',
    en: 'Application {reference} is accepted while a material is still missing. Upload it by {dueOn}, and sign your promise to do so on the website.',
  },
  assessmentAtCentre: {
    kind: 'notification',
    params: ['at', 'institution'],
    'zh-CN': '请于{at}到{institution}评残，带好身份证。这是全程唯一一次到场。',
    en: 'Please come to {institution} on {at} for the assessment, with your ID card. This is the only visit needed.',
  },
  assessmentAtHome: {
    kind: 'notification',
    params: ['at', 'institution'],
    'zh-CN': '评定医生将于{at}上门评定（{institution}）。请带好身份证，家中留人。',
    en: 'An assessor from {institution} will visit you at home on {at}. Please have your ID card ready.',
  },
  recordAssessment: {
    kind: 'notification',
    params: [],
    'zh-CN': '您的残疾评定结果已录入，接下来进行公示和审核，无需您做任何事。',
    en: 'Your assessment result is recorded. Next come the public notice and the review; there is nothing you need to do.',
  },
  recordNotMeetingStandard: {
    kind: 'notification',
    params: ['reference', 'appealBy'],
    'zh-CN': '申请{reference}的评定结果未达到残疾标准。如有异议，可在{appealBy}前向市残联申请复评。',
    en: 'The assessment for {reference} did not meet the disability standard. If you disagree, ask the city DPF for a re-assessment by {appealBy}.',
  },
  startNotice: {
    kind: 'notification',
    params: ['reference', 'endsOn'],
    'zh-CN': '申请{reference}正在社区公示（不含身份证号、电话和地址），{endsOn}结束。无需您做任何事。',
    en: 'Application {reference} is on public notice in your community (no ID, phone or address shown) until {endsOn}. There is nothing you need to do.',
  },
  skipNoticeForMinor: {
    kind: 'notification',
    params: ['reference'],
    'zh-CN': '申请{reference}（未成年人免于公示）已进入审核。',
    en: 'Application {reference} (no public notice for children) is now under review.',
  },
  endNotice: {
    kind: 'notification',
    params: ['reference'],
    'zh-CN': '申请{reference}公示期满，已进入审核。',
    en: 'The public notice for {reference} has ended; the application is under review.',
  },
  recordObjection: {
    kind: 'notification',
    params: ['reference'],
    'zh-CN': '申请{reference}公示期间收到意见，工作人员将复核，必要时联系您。',
    en: 'A comment on {reference} was received during the public notice. Staff will look into it and contact you if needed.',
  },
  approvedWithCertificate: {
    kind: 'notification',
    params: ['certificateNumberMasked', 'validUntil'],
    'zh-CN': '您的残疾人证已批准，证号{certificateNumberMasked}，有效至{validUntil}，将寄出或通知领取。',
    en: 'Your certificate is approved: number {certificateNumberMasked}, valid until {validUntil}. We will post the card or tell you where to collect it.',
  },
  approvedCancellation: {
    kind: 'notification',
    params: ['reference'],
    'zh-CN': '申请{reference}已批准，残疾人证已注销。',
    en: 'Application {reference} is approved; the certificate is cancelled.',
  },
  approvedCancellationReapply: {
    kind: 'notification',
    params: ['reference', 'reapplyFrom'],
    'zh-CN': '申请{reference}已批准，残疾人证已注销。如需重新申请，{reapplyFrom}起可再申请。',
    en: 'Application {reference} is approved; the certificate is cancelled. A new application is possible from {reapplyFrom}.',
  },
  rejected: {
    kind: 'notification',
    params: ['reference', 'appealBy'],
    'zh-CN': '申请{reference}未通过，原因请登录网站查看。如有异议，可在{appealBy}前向市残联申请复评。',
    en: 'Application {reference} was not approved; sign in to read why. If you disagree, ask the city DPF for a re-assessment by {appealBy}.',
  },
  produceCard: {
    kind: 'notification',
    params: ['reference'],
    'zh-CN': '申请{reference}的残疾人证已制作完成，即将寄出或通知领取。',
    en: 'The card for {reference} is made and will be posted or ready to collect soon.',
  },
  ship: {
    kind: 'notification',
    params: ['courier', 'trackingNumber'],
    'zh-CN': '您的残疾人证已由{courier}寄出，运单号{trackingNumber}。',
    en: 'Your certificate has been sent by {courier}, tracking number {trackingNumber}.',
  },
  readyForPickup: {
    kind: 'notification',
    params: ['place'],
    'zh-CN': '您的残疾人证已可领取，地点：{place}。请带身份证，可由家人代领。',
    en: 'Your certificate is ready to collect at {place}. Bring your ID card; a family member may collect it for you.',
  },
  completed: {
    kind: 'notification',
    params: ['reference'],
    'zh-CN': '申请{reference}已办结。欢迎登录网站为本次服务评价。',
    en: 'Application {reference} is complete. You are welcome to rate our service on the website.',
  },
  withdrawn: {
    kind: 'notification',
    params: ['reference'],
    'zh-CN': '您的申请{reference}已撤回。如需办理，可随时重新申请。',
    en: 'Your application {reference} has been withdrawn. You can apply again at any time.',
  },
  reminderCorrection: {
    kind: 'notification',
    params: ['reference', 'dueOn'],
    'zh-CN': '申请{reference}的补正截止日期是{dueOn}，请登录网站一次改好后重新提交。',
    en: 'The corrections for {reference} are due by {dueOn}. Sign in, fix everything and resubmit.',
  },
  reminderDeferral: {
    kind: 'notification',
    params: ['reference', 'dueOn'],
    'zh-CN': '申请{reference}承诺补交的材料截止日期是{dueOn}，请登录网站上传。',
    en: 'The material you promised for {reference} is due by {dueOn}. Sign in to upload it.',
  },
  reminderStaffDue: {
    kind: 'notification',
    params: ['reference', 'promisedDue', 'statutoryDue'],
    'zh-CN': '您经办的申请{reference}承诺{promisedDue}前办结（法定期限{statutoryDue}），请及时处理。',
    en: 'Application {reference}, which you hold, is promised by {promisedDue} (statutory limit {statutoryDue}). Please handle it in time.',
  },
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
  reminderExpiry: {
    kind: 'notification',
    params: ['certificateNumberMasked', 'validUntil'],
    'zh-CN': '您的残疾人证（{certificateNumberMasked}）将于{validUntil}到期。可登录网站在线申请换领，证件寄到家。',
    en: 'Your certificate ({certificateNumberMasked}) expires on {validUntil}. You can renew it online and have the new card posted.',
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

export type SmsTemplateId = keyof typeof SMS_TEMPLATES;
type ParamsOf<T extends SmsTemplateId> = Record<(typeof SMS_TEMPLATES)[T]['params'][number], string>;

/** One outgoing SMS: a registered template and the values of its parameters, in the recipient's language. */
export type SmsMessage = { [T in SmsTemplateId]: { template: T; params: ParamsOf<T>; language: Language } }[SmsTemplateId];

export const smsMessage = <T extends SmsTemplateId>(template: T, params: ParamsOf<T>, language: Language) => ({ template, params, language }) as SmsMessage;

/** The sender's signature as registered, without brackets (configuration, e.g. 长沙市开福区残联). */
export const DEFAULT_SMS_SIGNATURE = '残联一次办';

/** A code someone has just asked for goes at once, even in quiet hours; everything else may wait. */
export const isVerificationCode = (template: SmsTemplateId): boolean => SMS_TEMPLATES[template].kind === 'verificationCode';

/** The template's text with its parameters filled in, without the signature. */
export function smsBody(message: Pick<SmsMessage, 'template' | 'params' | 'language'>): string {
  const template: SmsTemplate = SMS_TEMPLATES[message.template];
  const params = message.params as Record<string, string>;
  const missing = template.params.filter((name) => typeof params[name] !== 'string');
  if (missing.length) throw new Error(`SMS template ${message.template} is missing ${missing.join(', ')}`);
  return template[message.language].replace(/\{(\w+)\}/g, (_m, name: string) => params[name]!);
}

/** The text as it goes out: 【signature】 first, in every language, as mainland operators require. */
export function smsText(message: Pick<SmsMessage, 'template' | 'params' | 'language'>, signature: string): string {
  return `【${signature}】${smsBody(message)}`;
}
