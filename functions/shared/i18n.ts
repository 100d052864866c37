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
    'error.benefit.notOffered': '您所在的区县目前不办理这项补贴，请重新选择{{field}}',
    'error.benefit.alreadyOpen': '{{field}}已经在办理或在领取中，不能重复申请',
    'error.benefit.guardianApplies': '这项补贴由监护人申请，{{field}}请选择“监护人”',
    'error.benefit.registerWaiting': '还在等待有关部门答复{{field}}',
    'error.benefit.notEntitled': '按现行规定，暂不符合{{field}}的条件',
    'error.benefit.fromCard': '{{field}}来自残疾人证，不能在这里修改',
    'error.benefit.age': '{{field}}请填写0到120之间的整数',
    'error.benefit.amount': '{{field}}请填写0到100000之间的金额',
    'error.benefit.allowanceTwice': '{{field}}中同一种补贴只能选一次',
    'error.benefit.incomeCheck': '请先完成{{field}}，再作决定',
    'error.certificateNumber': '{{field}}应为20位，是身份证号加上类别和等级两位数字',
    'error.bank.cardShape': '{{field}}应为16到19位数字，请按银行卡正面的数字填写',
    'error.bank.passbookShape': '{{field}}应为12到25位数字，请按存折上的账号填写',
    'error.bank.checkDigit': '{{field}}有一位不对（校验位不符），请逐位核对银行卡',
    'error.bank.holderName': '{{field}}必须是申请人本人，或代为申请的监护人、代办人的姓名',
    'error.booking.notFound': '没有找到这个{{field}}，请刷新页面后再试',
    'error.booking.noSession': '{{field}}不是您所在区县可以预约的场次，请从日历中重新选择',
    'error.booking.closed': '这个{{field}}已经取消，请另选一个时间',
    'error.booking.past': '{{field}}已经开始或已经过去，请另选一个以后的时间',
    'error.booking.categoryNotNeeded': '这个{{field}}评定的残疾类别不是您申请的类别，请另选',
    'error.booking.needsUnmet': '所选场次不能满足{{field}}，请另选一个能满足的场次，或申请上门评定',
    'error.booking.alreadyBooked': '这一类别已经有一个预约了；如要换时间，请在原预约上选择“改约”，不要另约{{field}}',
    'error.booking.homeVisitPending': '您已申请上门评定，正在等待安排，暂不能预约{{field}}',
    'error.booking.noOffer': '为您保留的空位已经过期或已让给下一位，请重新选择{{field}}',
    'error.booking.checkedIn': '已经签到的{{field}}不能再改约或取消',
    'error.booking.tooLate': '评定开始前{{hours}}小时内不能再改约，{{field}}保持不变；如有困难请联系区县残联',
    'error.booking.noMoreChanges': '每个预约最多改约{{max}}次，这个{{field}}已经改过{{max}}次；如有困难请联系区县残联',
    'error.booking.sameTime': '新选的{{field}}和原来的一样，请选择另一个时间',
    'error.booking.started': '{{field}}的时间已经到了，不能再取消；没有到场会记为未到',
    'error.booking.notStarted': '{{field}}的时间还没有到，不能记为未到',
    'error.booking.notNow': '申请还没有受理或已经评定过了，现在不能预约{{field}}',
    'error.booking.range': '{{field}}不能早于开始日期',
    'error.checkIn.already': '这个预约已经签到或已记为未到，不能再处理{{field}}',
    'error.checkIn.notToday': '这个预约是{{date}}的，只能在当天签到；请核对{{field}}',
    'error.homeVisit.notRequested': '这份申请没有待处理的上门评定请求，不能进行{{field}}',
    'error.homeVisit.alreadyBooked': '已经预约了评定场次；如需上门评定，请先取消预约，再填写{{field}}',
    'error.homeVisit.alreadyRequested': '已经申请过上门评定了，不用再填写{{field}}',
    'error.homeVisit.notApproved': '上门评定还没有同意，暂时不能安排，请先处理{{field}}',
    'error.homeVisit.dayFull': '这个小组{{field}}的上门名额已满，请选择另一天',
    'error.assessment.notCheckedIn': '申请人还没有签到，暂时不能进行{{field}}；请先按预约号签到',
    'error.waitingList.seatsLeft': '这个{{field}}还有空位，可以直接预约，不用候补',
    'error.reference.format': '{{field}}是8位字母和数字，例如 K7MP-9QXR，请按预约凭证核对',
    'error.dateInvalid': '{{field}}应为真实的日期，例如 2026-03-17',
    'error.timeInvalid': '{{field}}应按24小时制写出几点几分，例如上午8点半写作“08∶30”',
    'error.timeOrder': '{{field}}应晚于开始时间',
    'error.seats.range': '{{field}}应在1到200之间',
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
    'error.benefit.notOffered': 'Your district does not offer this benefit; choose {{field}} again',
    'error.benefit.alreadyOpen': 'You already have an application for {{field}} in progress or are receiving it; it cannot be applied for twice',
    'error.benefit.guardianApplies': 'The guardian applies for this benefit: select guardian for {{field}}',
    'error.benefit.registerWaiting': 'Still waiting for the registers to answer about {{field}}',
    'error.benefit.notEntitled': 'Under the current rules, {{field}} is not something you are entitled to',
    'error.benefit.fromCard': '{{Field}} comes from the disability certificate and cannot be changed here',
    'error.benefit.age': 'Enter {{field}} as a whole number from 0 to 120',
    'error.benefit.amount': 'Enter {{field}} as an amount from 0 to 100,000',
    'error.benefit.allowanceTwice': 'Each allowance can be chosen only once in {{field}}',
    'error.benefit.incomeCheck': 'Complete {{field}} before deciding',
    'error.certificateNumber': '{{Field}} has 20 characters: the ID number followed by the category and grade digits',
    'error.bank.cardShape': 'Enter {{field}} as the 16 to 19 digits on the front of the card',
    'error.bank.passbookShape': 'Enter {{field}} as the 12 to 25 digits of the account in the passbook',
    'error.bank.checkDigit': 'One digit of {{field}} is wrong (the check digit does not match); check each digit against the card',
    'error.bank.holderName': '{{Field}} must be the applicant’s own name, or that of the guardian or agent applying for them',
    'error.booking.notFound': 'We could not find {{field}}; reload the page and try again',
    'error.booking.noSession': '{{Field}} is not one you can book in your district; choose again from the calendar',
    'error.booking.closed': '{{Field}} has been cancelled; choose another time',
    'error.booking.past': '{{Field}} has started or is over; choose a later time',
    'error.booking.categoryNotNeeded': '{{Field}} assesses a category you did not apply for; choose another',
    'error.booking.needsUnmet': 'The session chosen cannot provide {{field}}; choose one that can, or ask for a home assessment',
    'error.booking.alreadyBooked': 'This category is booked already; to change the time, choose “Change time” on that booking instead of booking {{field}} again',
    'error.booking.homeVisitPending': 'You asked for a home assessment, which is being arranged, so {{field}} cannot be booked now',
    'error.booking.noOffer': 'The seat kept for you has run out or gone to the next person; choose {{field}} again',
    'error.booking.checkedIn': '{{Field}} is checked in and can no longer be moved or cancelled',
    'error.booking.tooLate': 'Within {{hours}} hours of the start a booking can no longer be moved, so {{field}} stays as it is; call the district federation if you need help',
    'error.booking.noMoreChanges': 'A booking can be moved at most {{max}} times and {{field}} has been moved {{max}} times; call the district federation if you need help',
    'error.booking.sameTime': 'The new {{field}} is the same as before; choose another time',
    'error.booking.started': 'The time of {{field}} has come, so it can no longer be cancelled; not coming is recorded as missed',
    'error.booking.notStarted': 'The time of {{field}} has not come yet, so it cannot be recorded as missed',
    'error.booking.notNow': 'The application is not accepted yet or was already assessed, so {{field}} cannot be booked now',
    'error.booking.range': '{{Field}} cannot be before the first date',
    'error.checkIn.already': 'This booking is already checked in or recorded as missed, so {{field}} cannot be used again',
    'error.checkIn.notToday': 'This booking is for {{date}}: check in on that day; check {{field}}',
    'error.homeVisit.notRequested': 'There is no home assessment request waiting on this application, so {{field}} is not possible',
    'error.homeVisit.alreadyBooked': 'A session is booked already; to ask for a home assessment, cancel it first, then give {{field}}',
    'error.homeVisit.alreadyRequested': 'A home assessment has been asked for already; there is no need to give {{field}} again',
    'error.homeVisit.notApproved': 'The home assessment is not approved yet, so it cannot be arranged; deal with {{field}} first',
    'error.homeVisit.dayFull': 'The team has no home visits left on {{field}}; choose another day',
    'error.assessment.notCheckedIn': 'The person has not been checked in yet, so {{field}} is not possible; check them in with the booking reference first',
    'error.waitingList.seatsLeft': '{{Field}} still has free seats: book one instead of waiting',
    'error.reference.format': '{{Field}} has 8 letters and digits, like K7MP-9QXR; check it against the booking pass',
    'error.dateInvalid': 'Enter {{field}} as a real date, like 2026-03-17',
    'error.timeInvalid': 'Enter {{field}} as a 24-hour time, like 08:30',
    'error.timeOrder': '{{Field}} must be after the start time',
    'error.seats.range': '{{Field}} must be between 1 and 200',
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
