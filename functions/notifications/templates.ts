/** Words of every message we send: plain, short, what happened, what to do next and by when. */
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

type Params = Record<string, string>;
type Template = Record<Language, (p: Params) => NoticeText>;

const MATTER_NAMES: Record<string, Record<Language, string>> = {
  new: { 'zh-CN': '残疾人证申请', en: 'disability certificate application' },
  renewal: { 'zh-CN': '残疾人证换领', en: 'certificate renewal' },
  damaged: { 'zh-CN': '残疾人证损坏换领', en: 'replacement of a damaged certificate' },
  change: { 'zh-CN': '残疾类别/等级变更', en: 'change of disability category or grade' },
  reissue: { 'zh-CN': '残疾人证挂失补办', en: 'replacement of a lost certificate' },
  cancellation: { 'zh-CN': '残疾人证注销', en: 'cancellation of a certificate' },
};
const matterName = (p: Params, lang: Language) => (MATTER_NAMES[p.matter ?? 'new'] ?? MATTER_NAMES.new!)[lang];
const NO_VISIT = { 'zh-CN': '无需来窗口询问。', en: 'There is no need to come in and ask.' };

const texts: Record<string, Template> = {
  submitted: {
    'zh-CN': (p) => ({ title: `${matterName(p, 'zh-CN')}已提交`, body: `我们已收到您的${matterName(p, 'zh-CN')}，受理编号${p.reference}，承诺${p.promisedDue}前办结。每一步结果都会短信通知您，${NO_VISIT['zh-CN']}` }),
    en: (p) => ({ title: `Your ${matterName(p, 'en')} was submitted`, body: `We have received your ${matterName(p, 'en')}, reference ${p.reference}. We promise to finish by ${p.promisedDue} and will text you at every step. ${NO_VISIT.en}` }),
  },
  resubmitted: {
    'zh-CN': (p) => ({ title: '补正材料已收到', body: `申请${p.reference}的补正材料已收到，办理时限继续计算，承诺${p.promisedDue}前办结。` }),
    en: (p) => ({ title: 'Corrections received', body: `We have your corrections for ${p.reference}. The clock runs again; we promise to finish by ${p.promisedDue}.` }),
  },
  requestCorrection: {
    'zh-CN': (p) => ({ title: '申请需要补正', body: `申请${p.reference}有${p.count}项需要补正，清单已一次列全。请登录网站查看并在${p.dueOn}前一次改好后重新提交。补正期间办理时限暂停。` }),
    en: (p) => ({ title: 'Your application needs corrections', body: `Application ${p.reference} needs ${p.count} correction(s), all listed at once. Sign in to see the list, fix everything and resubmit by ${p.dueOn}. The time limit is paused meanwhile.` }),
  },
  accept: {
    'zh-CN': (p) => ({ title: '申请已受理', body: `申请${p.reference}材料齐全，已受理。我们会尽快安排残疾评定，时间地点将短信告知。` }),
    en: (p) => ({ title: 'Application accepted', body: `Application ${p.reference} is complete and accepted. We will arrange the assessment and text you the time and place.` }),
  },
  acceptedWithDeferral: {
    'zh-CN': (p) => ({ title: '申请已容缺受理', body: `申请${p.reference}已先行受理，还缺少的材料请在${p.dueOn}前上传。请登录网站签署补交承诺。` }),
    en: (p) => ({ title: 'Accepted with a material to follow', body: `Application ${p.reference} is accepted while a material is still missing. Upload it by ${p.dueOn}, and sign your promise to do so on the website.` }),
  },
  scheduleAssessment: {
    'zh-CN': (p) => ({ title: '残疾评定已安排', body: p.mode === 'homeVisit' ? `评定医生将于${p.at}上门评定（${p.institutionZh}）。请带好身份证，家中留人。` : `请于${p.at}到${p.institutionZh}进行残疾评定，带好身份证。这是全程唯一需要到场的一次。` }),
    en: (p) => ({ title: 'Assessment arranged', body: p.mode === 'homeVisit' ? `An assessor from ${p.institutionEn} will visit you at home on ${p.at}. Please have your ID card ready.` : `Please come to ${p.institutionEn} on ${p.at} for the assessment, with your ID card. This is the only visit needed.` }),
  },
  recordAssessment: {
    'zh-CN': () => ({ title: '评定结果已录入', body: '您的残疾评定结果已录入，接下来进行公示和审核，无需您做任何事。' }),
    en: () => ({ title: 'Assessment result recorded', body: 'Your assessment result is recorded. Next come the public notice and the review; there is nothing you need to do.' }),
  },
  recordNotMeetingStandard: {
    'zh-CN': (p) => ({ title: '评定结果：未达到残疾标准', body: `申请${p.reference}的评定结果未达到残疾标准。如有异议，可在${p.appealBy}前向市残联申请复评。` }),
    en: (p) => ({ title: 'Assessment: the standard is not met', body: `The assessment for ${p.reference} did not meet the disability standard. If you disagree, ask the city DPF for a re-assessment by ${p.appealBy}.` }),
  },
  startNotice: {
    'zh-CN': (p) => ({ title: '正在公示', body: `申请${p.reference}正在社区公示（不含身份证号、电话和地址），${p.endsOn}结束。无需您做任何事。` }),
    en: (p) => ({ title: 'Public notice running', body: `Application ${p.reference} is on public notice in your community (no ID, phone or address shown) until ${p.endsOn}. There is nothing you need to do.` }),
  },
  skipNoticeForMinor: {
    'zh-CN': (p) => ({ title: '进入审核', body: `申请${p.reference}（未成年人免于公示）已进入审核。` }),
    en: (p) => ({ title: 'Under review', body: `Application ${p.reference} (no public notice for children) is now under review.` }),
  },
  endNotice: {
    'zh-CN': (p) => ({ title: '公示结束，进入审核', body: `申请${p.reference}公示期满，已进入审核。` }),
    en: (p) => ({ title: 'Notice over, under review', body: `The public notice for ${p.reference} has ended; the application is under review.` }),
  },
  recordObjection: {
    'zh-CN': (p) => ({ title: '公示期间收到意见', body: `申请${p.reference}公示期间收到意见，工作人员将复核，必要时联系您。` }),
    en: (p) => ({ title: 'A comment was received during the notice', body: `A comment on ${p.reference} was received during the public notice. Staff will look into it and contact you if needed.` }),
  },
  approve: {
    'zh-CN': (p) => ({ title: '审核通过', body: p.certificateNumberMasked ? `申请${p.reference}已批准，残疾人证号${p.certificateNumberMasked}，有效期至${p.validUntil}。证件制作好后会寄出或通知领取。` : `申请${p.reference}已批准，残疾人证已注销。${p.reapplyFrom ? `如需重新申请，${p.reapplyFrom}起可再申请。` : ''}` }),
    en: (p) => ({ title: 'Approved', body: p.certificateNumberMasked ? `Application ${p.reference} is approved: certificate ${p.certificateNumberMasked}, valid until ${p.validUntil}. We will post the card or tell you where to collect it.` : `Application ${p.reference} is approved; the certificate is cancelled.${p.reapplyFrom ? ` A new application is possible from ${p.reapplyFrom}.` : ''}` }),
  },
  reject: {
    'zh-CN': (p) => ({ title: '申请未通过', body: `申请${p.reference}未通过，原因：${p.reason}。如有异议，可在${p.appealBy}前向市残联申请复评。` }),
    en: (p) => ({ title: 'Application not approved', body: `Application ${p.reference} was not approved: ${p.reason}. If you disagree, ask the city DPF for a re-assessment by ${p.appealBy}.` }),
  },
  produceCard: {
    'zh-CN': (p) => ({ title: '证件已制作', body: `申请${p.reference}的残疾人证已制作完成，即将寄出或通知领取。` }),
    en: (p) => ({ title: 'Card produced', body: `The card for ${p.reference} is made and will be posted or ready to collect soon.` }),
  },
  ship: {
    'zh-CN': (p) => ({ title: '证件已寄出', body: `您的残疾人证已由${p.courier}寄出，运单号${p.trackingNumber}。` }),
    en: (p) => ({ title: 'Card posted', body: `Your certificate has been sent by ${p.courier}, tracking number ${p.trackingNumber}.` }),
  },
  readyForPickup: {
    'zh-CN': (p) => ({ title: '证件可以领取', body: `您的残疾人证已可领取，地点：${p.placeZh}。请带身份证，可由家人代领。` }),
    en: (p) => ({ title: 'Card ready to collect', body: `Your certificate is ready to collect at ${p.placeEn}. Bring your ID card; a family member may collect it for you.` }),
  },
  confirmDelivery: {
    'zh-CN': (p) => ({ title: '办结', body: `申请${p.reference}已办结。欢迎登录网站为本次服务评价。` }),
    en: (p) => ({ title: 'Completed', body: `Application ${p.reference} is complete. You are welcome to rate our service on the website.` }),
  },
  confirmPickup: {
    'zh-CN': (p) => ({ title: '办结', body: `申请${p.reference}已办结。欢迎登录网站为本次服务评价。` }),
    en: (p) => ({ title: 'Completed', body: `Application ${p.reference} is complete. You are welcome to rate our service on the website.` }),
  },
  withdrawn: {
    'zh-CN': (p) => ({ title: '申请已撤回', body: `您的申请${p.reference}已撤回。如需办理，可随时重新申请。` }),
    en: (p) => ({ title: 'Application withdrawn', body: `Your application ${p.reference} has been withdrawn. You can apply again at any time.` }),
  },
  'reminder.correction': {
    'zh-CN': (p) => ({ title: '提醒：请尽快补正', body: `申请${p.reference}的补正截止日期是${p.dueOn}，请登录网站一次改好后重新提交。` }),
    en: (p) => ({ title: 'Reminder: corrections due', body: `The corrections for ${p.reference} are due by ${p.dueOn}. Sign in, fix everything and resubmit.` }),
  },
  'reminder.deferral': {
    'zh-CN': (p) => ({ title: '提醒：请补交材料', body: `申请${p.reference}承诺补交的材料截止日期是${p.dueOn}，请登录网站上传。` }),
    en: (p) => ({ title: 'Reminder: material due', body: `The material you promised for ${p.reference} is due by ${p.dueOn}. Sign in to upload it.` }),
  },
  'reminder.staffDue': {
    'zh-CN': (p) => ({ title: '办理期限提醒', body: `您经办的申请${p.reference}承诺${p.promisedDue}前办结（法定期限${p.statutoryDue}），请及时处理。` }),
    en: (p) => ({ title: 'Deadline reminder', body: `Application ${p.reference}, which you hold, is promised by ${p.promisedDue} (statutory limit ${p.statutoryDue}). Please handle it in time.` }),
  },
  'reminder.expiry': {
    'zh-CN': (p) => ({ title: '残疾人证即将到期', body: `您的残疾人证（${p.certificateNumberMasked}）将于${p.validUntil}到期。可登录网站在线申请换领，证件寄到家。` }),
    en: (p) => ({ title: 'Your certificate expires soon', body: `Your certificate (${p.certificateNumberMasked}) expires on ${p.validUntil}. You can renew it online and have the new card posted.` }),
  },
};

/** Events that change nothing the person needs told about have no template and send nothing. */
export function hasTemplate(type: string): boolean {
  return type in texts;
}

export function noticeText(event: Pick<OutboxEvent, 'type' | 'params'>, lang: Language): NoticeText {
  const template = texts[event.type];
  if (!template) throw new Error(`no message template for ${event.type}`);
  return template[lang](event.params);
}

export function smsText(event: Pick<OutboxEvent, 'type' | 'params'>, lang: Language): string {
  return `${SIGNATURE[lang]}${noticeText(event, lang).body}`;
}
