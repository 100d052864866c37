/**
 * Words the server says: problem titles, field errors and notification texts, zh-CN first and English
 * complete. The web app loads the same `fieldErrors` so a message reads the same wherever it appears.
 */
import { fieldNameOf } from './field-names.js';
import { LANGUAGES, type Language } from './language.js';

export { LANGUAGES, type Language };

/** `Accept-Language` → our language: English only when asked for first; Chinese otherwise. */
export function pickLanguage(acceptLanguage: string | undefined): Language {
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh-CN';
}

/**
 * Field errors as GOV.UK writes them: what is wrong and how to fix it, naming the question. `{{field}}`
 * is the question's name (functions/shared/field-names.ts), `{{Field}}` the same starting a sentence.
 * Only `error.body` (a request that is not a form at all) has no question to name.
 */
export const fieldErrors: Record<Language, Record<string, string>> = {
  'zh-CN': {
    'error.required': '请填写{{field}}',
    'error.choose': '请选择{{field}}',
    'error.tooLong': '{{field}}太长了，请缩短一些',
    'error.tooShort': '{{field}}太短了，请写完整',
    'error.tooMany': '{{field}}超过了可以填写的数量，请删去一些',
    'error.format': '{{field}}的格式不对，请核对后重新填写',
    'error.number': '{{field}}请填写一个数字',
    'error.unknownField': '表单中没有“{{field}}”这一项，请刷新页面后再试',
    'error.body': '提交的内容无法读取，请刷新页面后再试',
    'error.idNumber.shape': '{{field}}应为18位：前17位是数字，最后一位是数字或X',
    'error.idNumber.birthDate': '{{field}}中的出生日期不是一个真实的日期，请核对',
    'error.idNumber.checksum': '{{field}}的最后一位（校验码）不对，请逐位核对',
    'error.phone.invalid': '{{field}}应为11位手机号码，例如 138 0013 8000',
    'error.name.invalid': '{{field}}只能包含文字、间隔号“·”和空格，最多50个字',
    'error.address.tooShort': '{{field}}太短，请写到街道和门牌号',
    'error.address.tooLong': '{{field}}不能超过200个字',
    'error.consent': '请勾选{{field}}，然后再提交',
    'error.actingAs.forOther': '为家人或他人申请时，{{field}}请选择法定监护人或受托代办人',
    'error.actingAs.forSelf': '为自己申请时，{{field}}应为“本人”',
    'error.actingAs.guardianRequired': '未成年人和智力、精神残疾人须由法定监护人申请，{{field}}请选择法定监护人',
    'error.category.guardianRequired': '{{field}}是智力或精神残疾时，须由法定监护人申请；请从“申请残疾人证”重新开始，选择由法定监护人申请',
    'error.code.invalid': '{{field}}是6位数字，请按短信填写',
    'error.code.wrong': '{{field}}不对或已过期，请重新获取',
    'error.corrections.none': '请在{{field}}中至少列出一项',
    'error.assessment.duplicateCategory': '{{field}}中同一残疾类别只能录入一次',
    'error.assessment.speechUnderThree': '3岁以下不评定言语残疾，请修改{{field}}',
    'error.assessment.measurementNeeded': '请填写{{field}}，这一类别要按测量值定级',
    'error.assessment.gradeMismatch': '{{field}}与测量值不符，请按评定标准核对',
    'error.assessment.missing': '还没有录入符合标准的评定结果，暂时不能进行{{field}}',
    'error.notice.minor': '未成年人不进行公示，不能进行{{field}}',
    'error.notice.adult': '只有未成年人可以免于公示，不能进行{{field}}',
    'error.notice.running': '公示期还没有结束，暂时不能进行{{field}}',
    'error.deferral.notDeferrable': '{{field}}中有不能容缺的材料，受理前必须齐全',
    'error.correction.newFileNeeded': '工作人员要求补正{{field}}，请上传一份新的文件',
    'error.dateTimeInvalid': '请填写{{field}}，包括日期和时间',
    'error.dateTimePast': '{{field}}不能早于今天',
    'error.trackingNumber': '{{field}}应为6到30位字母或数字',
    'error.lossPromise': '请阅读并勾选{{field}}',
    'error.deferralPromise': '请阅读并勾选{{field}}',
    'error.reapplyBlocked': '{{field}}对应的残疾人证注销后暂不能重新申请，{{from}}起可以再申请',
    'error.certificate.notValid': '这张证件已不在有效状态，不能办理{{field}}',
    'error.certificate.alreadyHeld': '{{field}}对应的人已持有残疾人证（{{number}}），不需要新办；换领、变更或补办请在“我的残疾人证”页办理',
    'error.certificate.notYetRenewable': '这张证件还没到可以换领的时候，暂不能办理{{field}}；可换领的日期写在“我的残疾人证”页上',
    'error.certificate.matterOpen': '这张证件已有一项正在办理的事项，请等它办结或先撤回，再选择{{field}}',
    'error.notAnswered': '申请中没有填写{{field}}',
    'error.notFound': '没有找到这个{{field}}对应的记录',
    'error.document.missing': '还缺少{{field}}，请上传',
    'error.document.tooMany': '{{field}}上传的文件太多了，请删去一些',
    'error.file.tooLarge': '{{field}}太大了',
    'error.file.type': '{{field}}只接受 JPG、PNG、HEIC 照片或 PDF 文件',
    'error.masked.retype': '{{field}}显示的是隐去部分数字的号码；如需修改，请输入完整号码',
    'error.notice.unreadable': '这条未送达通知的内容无法读取，不能按{{field}}重发；请联系技术人员',
    'error.date': '{{field}}请填写一个日期，例如 2027-12-31',
    'error.link.adultsOnly': '只有年满18周岁的本人可以关联自己的账号；未成年人的事项由监护人办理。请核对{{field}}',
    'error.link.alreadyLinked': '您的账号已经关联了本人身份，不需要再关联',
    'error.link.personTaken': '这个身份已经关联了另一个账号。如果那是您的账号，请用它登录；否则请带身份证到区县残联窗口处理',
    'error.delegation.self': '{{field}}是您自己或本人的号码；请填写要邀请的家人的号码',
    'error.delegation.endsOn': '{{field}}应在今天以后、10年以内',
    'error.delegation.alreadyActive': '这个号码的家人已经在协助了；如需改变可以做的事，请先结束再重新邀请',
    'error.delegation.actNeedsFollow': '{{field}}中选了“代为办理”，也要选“查看进度”：要办理，先得能看到',
    'error.delegation.noPerson': '这件事项还没有写明是为谁办理（身份证号），暂时不能登记委托',
    'error.delegation.paperMissing': '请先上传签好字的委托书扫描件（{{field}}）',
    'error.delegation.notToConfirm': '这项协助不需要您确认',
    'error.invitation.expired': '这个邀请已经过期或已结束，请家人重新邀请您',
    'error.invitation.accepted': '这个邀请已经接受过了，不需要再输入{{field}}',
    'error.email.notVerified': '请先确认{{field}}（打开我们发到邮箱的链接），再选择用邮件接收',
    'error.email.format': '{{field}}的格式不对，应像 name@example.com 这样',
    'error.email.linkExpired': '{{field}}已失效或已用过，请重新发送一次',
    'error.reference.format': '{{field}}的格式是 XB-年份-6位数字，例如 XB-2026-000123',
    'error.idLast6.format': '{{field}}是6个字符：前5位是数字，最后一位是数字或X',
  },
  en: {
    'error.required': 'Enter {{field}}',
    'error.choose': 'Select {{field}}',
    'error.tooLong': '{{Field}} is too long; shorten it',
    'error.tooShort': '{{Field}} is too short; write it in full',
    'error.tooMany': '{{Field}} has too many entries; remove some',
    'error.format': '{{Field}} is not in the right form; check it and enter it again',
    'error.number': 'Enter {{field}} as a number',
    'error.unknownField': 'This form has no question “{{field}}”; reload the page and try again',
    'error.body': 'We could not read what was sent; reload the page and try again',
    'error.idNumber.shape': '{{Field}} must have 18 characters: 17 digits, then a digit or X',
    'error.idNumber.birthDate': 'The birth date inside {{field}} is not a real date; check it',
    'error.idNumber.checksum': 'The last character (check digit) of {{field}} is wrong; check each digit',
    'error.phone.invalid': 'Enter {{field}} as an 11-digit mobile number, like 138 0013 8000',
    'error.name.invalid': '{{Field}} can contain only letters, the middle dot “·” and spaces, up to 50 characters',
    'error.address.tooShort': '{{Field}} is too short; include the street and house number',
    'error.address.tooLong': '{{Field}} must be 200 characters or fewer',
    'error.consent': 'Tick {{field}} before you submit',
    'error.actingAs.forOther': 'When applying for someone else, select guardian or agent for {{field}}',
    'error.actingAs.forSelf': 'When applying for yourself, {{field}} must be “myself”',
    'error.actingAs.guardianRequired': 'A child, or a person with an intellectual or mental disability, applies through their legal guardian: select guardian for {{field}}',
    'error.category.guardianRequired': 'When {{field}} is intellectual or mental, the legal guardian applies: start again from “Apply for a certificate” and choose guardian',
    'error.code.invalid': '{{Field}} has 6 digits; enter it as it is in the SMS',
    'error.code.wrong': '{{Field}} is wrong or has expired; ask for a new one',
    'error.corrections.none': 'Add at least one entry to {{field}}',
    'error.assessment.duplicateCategory': 'Each category can appear only once in {{field}}',
    'error.assessment.speechUnderThree': 'Speech disability is not graded under age 3; change {{field}}',
    'error.assessment.measurementNeeded': 'Enter {{field}}: this category is graded by its measurement',
    'error.assessment.gradeMismatch': '{{Field}} does not match the measurement; check the standard',
    'error.assessment.missing': 'No assessment result meeting the standard has been recorded, so {{field}} is not possible yet',
    'error.notice.minor': 'There is no public notice for children, so {{field}} is not possible',
    'error.notice.adult': 'Only children are exempt from the public notice, so {{field}} is not possible',
    'error.notice.running': 'The public notice has not ended yet, so {{field}} is not possible yet',
    'error.deferral.notDeferrable': '{{Field}} include a material that cannot follow later: it must be in hand before acceptance',
    'error.correction.newFileNeeded': 'Staff asked for {{field}} to be corrected: upload a new file',
    'error.dateTimeInvalid': 'Enter {{field}} with both date and time',
    'error.dateTimePast': '{{Field}} cannot be before today',
    'error.trackingNumber': '{{Field}} must have 6 to 30 letters or digits',
    'error.lossPromise': 'Read and tick {{field}}',
    'error.deferralPromise': 'Read and tick {{field}}',
    'error.reapplyBlocked': 'The certificate of the person with {{field}} was cancelled recently; a new application is possible from {{from}}',
    'error.certificate.notValid': 'This certificate is no longer valid, so {{field}} is not possible',
    'error.certificate.alreadyHeld': 'The person with {{field}} already holds a disability certificate ({{number}}); renewal, change or replacement is done from the My certificates page',
    'error.certificate.notYetRenewable': 'This certificate cannot be renewed yet, so choose {{field}} later; the date from which it can is shown on the My certificates page',
    'error.certificate.matterOpen': 'This certificate already has a matter in progress; wait for it to finish or withdraw it before you choose {{field}}',
    'error.notAnswered': 'The application has no answer for {{field}}',
    'error.notFound': 'We could not find a record with {{field}}',
    'error.document.missing': 'Upload {{field}}: it is still missing',
    'error.document.tooMany': 'There are too many files for {{field}}; remove some',
    'error.file.tooLarge': '{{Field}} is too large',
    'error.file.type': '{{Field}} must be a JPG, PNG or HEIC photo or a PDF file',
    'error.masked.retype': '{{Field}} is shown with digits hidden; to change it, type the whole number',
    'error.notice.unreadable': 'This undelivered notice cannot be read, so it cannot be sent again by its {{field}}; contact technical support',
    'error.date': 'Enter {{field}} as a date, for example 2027-12-31',
    'error.link.adultsOnly': 'Only a person aged 18 or over can link their own account; a minor’s matters are handled by their guardian. Check {{field}}',
    'error.link.alreadyLinked': 'Your account is already linked to you; there is nothing more to do',
    'error.link.personTaken': 'This person is already linked to another account. If it is yours, sign in with it; otherwise bring your ID card to the district federation’s counter',
    'error.delegation.self': '{{Field}} is your own number or the person’s; enter the number of the relative you invite',
    'error.delegation.endsOn': '{{Field}} must be after today and within 10 years',
    'error.delegation.alreadyActive': 'The relative with this number already helps; to change what they may do, end it first and invite them again',
    'error.delegation.actNeedsFollow': 'You chose “act for them” in {{field}}; choose “follow progress” too: to act, they need to see',
    'error.delegation.noPerson': 'This matter does not yet say whose it is (an ID number), so a delegation cannot be recorded on it',
    'error.delegation.paperMissing': 'Upload the scan of the signed paper form first ({{field}})',
    'error.delegation.notToConfirm': 'This delegation does not need your confirmation',
    'error.invitation.expired': 'This invitation has expired or was ended; ask your relative to invite you again',
    'error.invitation.accepted': 'This invitation was already accepted; there is no need to enter {{field}}',
    'error.email.notVerified': 'Confirm {{field}} first (open the link we e-mailed), then choose to receive e-mail',
    'error.email.format': 'Enter {{field}} like name@example.com',
    'error.email.linkExpired': '{{Field}} no longer works or was used already; send a new one',
    'error.reference.format': 'Enter {{field}} as XB-year-6 digits, for example XB-2026-000123',
    'error.idLast6.format': '{{Field}} are 6 characters: 5 digits, then a digit or X',
  },
};

/** A schema's message is a code, optionally naming its question's key: `error.required@rejectReason`. */
export function splitMessage(message: string): { code: string; key?: string } {
  const [code, key] = message.split('@');
  return key ? { code: code!, key } : { code: code! };
}

export interface FieldMessage {
  code: string;
  /** Where the answer sits, e.g. `answers.personName` or `items.0.note`. */
  field?: string;
  /** The question's key in field-names.ts when the path alone does not say it. */
  key?: string;
  /** The question's name as the page shows it, when the page names it itself. */
  name?: string;
  params?: Record<string, string>;
}

/** The message for one field error, in `lang`, naming its question. */
export function translateFieldError({ code, field = '', key, name, params = {} }: FieldMessage, lang: Language): string {
  const text = (Object.hasOwn(fieldErrors[lang], code) ? fieldErrors[lang][code] : undefined) ?? fieldErrors[lang]['error.required']!;
  const question = name ?? fieldNameOf(field, lang, key) ?? field.split('.').pop() ?? '';
  const values: Record<string, string> = { ...params, field: question, Field: question.charAt(0).toUpperCase() + question.slice(1) };
  return text.replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) => values[name] ?? placeholder);
}
