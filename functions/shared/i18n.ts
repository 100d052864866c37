/**
 * Words the server says: problem titles, field errors and notification texts, zh-CN first and English
 * complete. The web app loads the same `fieldErrors` so a message reads the same wherever it appears.
 */

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** `Accept-Language` → our language: English only when asked for first; Chinese otherwise. */
export function pickLanguage(acceptLanguage: string | undefined): Language {
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh-CN';
}

export const fieldErrors: Record<Language, Record<string, string>> = {
  'zh-CN': {
    'error.required': '请填写此项',
    'error.choose': '请选择一项',
    'error.tooLong': '内容太长，请缩短',
    'error.idNumber.shape': '身份证号应为18位：17位数字加最后一位数字或X',
    'error.idNumber.birthDate': '身份证号中的出生日期不是一个真实的日期，请核对',
    'error.idNumber.checksum': '身份证号最后一位校验码不对，请逐位核对',
    'error.phone.invalid': '请填写11位手机号码，例如 138 0013 8000',
    'error.name.invalid': '姓名只能包含文字、间隔号“·”和空格，最多50个字',
    'error.address.tooShort': '地址太短，请写到街道和门牌号',
    'error.address.tooLong': '地址不超过200个字',
    'error.consent': '需要您同意后才能提交申请',
    'error.actingAs.forOther': '替他人申请时，请选择您是监护人还是受托代办人',
    'error.actingAs.forSelf': '为自己申请时，身份应为“本人”',
    'error.actingAs.guardianRequired': '未成年人或智力、精神残疾人须由法定监护人申请',
    'error.code.invalid': '验证码应为6位数字',
    'error.code.wrong': '验证码不正确或已过期，请重新获取',
    'error.corrections.none': '请至少列出一项需要补正的内容',
    'error.assessment.duplicateCategory': '同一残疾类别只能录入一次',
    'error.assessment.speechUnderThree': '3岁以下不评定言语残疾',
    'error.assessment.measurementNeeded': '此类别需要录入测量值',
    'error.assessment.gradeMismatch': '等级与测量值不符，请按评定标准核对',
    'error.assessment.missing': '还没有录入符合标准的评定结果',
    'error.notice.minor': '未成年人不进行公示',
    'error.deferral.notDeferrable': '这项材料不能容缺，受理前必须齐全',
    'error.correction.newFileNeeded': '工作人员要求补正这项材料，请上传一份新的文件',
    'error.notice.adult': '只有未成年人可以免于公示',
    'error.notice.running': '公示期还没有结束',
    'error.dateTimeInvalid': '请填写日期和时间',
    'error.dateTimePast': '评定时间不能早于今天',
    'error.trackingNumber': '运单号应为6到30位字母或数字',
    'error.number': '请填写一个数字',
    'error.lossPromise': '请阅读并签署遗失声明承诺',
    'error.deferralPromise': '请阅读并签署补交承诺',
    'error.reapplyBlocked': '此人的残疾人证注销后暂不能重新申请，{{from}}起可以再申请',
    'error.certificate.notValid': '这张证件已不在有效状态',
    'error.certificate.alreadyHeld': '此人已持有残疾人证（{{number}}），不需要新办；换领、变更或补办请在“我的残疾人证”页办理',
    'error.certificate.notYetRenewable': '这张证件还没到可以换领的时候，可换领的日期写在“我的残疾人证”页上',
    'error.certificate.matterOpen': '这张证件已有一项正在办理的事项，请等它办结或先撤回',
    'error.notAnswered': '申请中没有填写此项',
    'error.notFound': '没有找到该记录',
    'error.document.missing': '还缺少这份材料',
    'error.document.tooMany': '这类材料上传的文件太多了',
    'error.file.tooLarge': '文件太大',
    'error.file.type': '只接受 JPG、PNG、HEIC 照片或 PDF 文件',
  },
  en: {
    'error.required': 'Enter this information',
    'error.choose': 'Select one option',
    'error.tooLong': 'This is too long; please shorten it',
    'error.idNumber.shape': 'An ID number has 18 characters: 17 digits and a last digit or X',
    'error.idNumber.birthDate': 'The birth date inside the ID number is not a real date; please check it',
    'error.idNumber.checksum': 'The last character (check digit) of the ID number is wrong; please check each digit',
    'error.phone.invalid': 'Enter an 11-digit mobile number, for example 138 0013 8000',
    'error.name.invalid': 'A name can contain letters, the middle dot “·” and spaces, up to 50 characters',
    'error.address.tooShort': 'The address is too short; include the street and house number',
    'error.address.tooLong': 'An address has at most 200 characters',
    'error.consent': 'You need to agree before the application can be submitted',
    'error.actingAs.forOther': 'When applying for someone else, say whether you are their guardian or their agent',
    'error.actingAs.forSelf': 'When applying for yourself, choose “myself”',
    'error.actingAs.guardianRequired': 'For a child, or a person with an intellectual or mental disability, the legal guardian applies',
    'error.code.invalid': 'The code has 6 digits',
    'error.code.wrong': 'The code is wrong or has expired; ask for a new one',
    'error.corrections.none': 'List at least one thing to correct',
    'error.assessment.duplicateCategory': 'Each category can be recorded only once',
    'error.assessment.speechUnderThree': 'Speech disability is not graded under age 3',
    'error.assessment.measurementNeeded': 'This category needs its measured value',
    'error.assessment.gradeMismatch': 'The grade does not match the measurement; check the standard',
    'error.assessment.missing': 'No assessment result meeting the standard has been recorded yet',
    'error.notice.minor': 'There is no public notice for children',
    'error.deferral.notDeferrable': 'This material cannot follow later: it must be in hand before acceptance',
    'error.correction.newFileNeeded': 'Staff asked for this material to be corrected: upload a new file',
    'error.notice.adult': 'Only children are exempt from the public notice',
    'error.notice.running': 'The public notice has not ended yet',
    'error.dateTimeInvalid': 'Enter a date and time',
    'error.dateTimePast': 'The assessment cannot be before today',
    'error.trackingNumber': 'A tracking number has 6 to 30 letters or digits',
    'error.number': 'Enter a number',
    'error.lossPromise': 'Read and sign the statement that the card is lost',
    'error.deferralPromise': 'Read and sign the promise to send the material',
    'error.reapplyBlocked': "This person's certificate was cancelled recently; a new application is possible from {{from}}",
    'error.certificate.notValid': 'This certificate is no longer valid',
    'error.certificate.alreadyHeld': 'This person already holds a disability certificate ({{number}}); renewal, change or replacement is done from the My certificates page',
    'error.certificate.notYetRenewable': 'This certificate cannot be renewed yet; the date from which it can is shown on the My certificates page',
    'error.certificate.matterOpen': 'This certificate already has a matter in progress; wait for it to finish or withdraw it first',
    'error.notAnswered': 'The application has no answer here',
    'error.notFound': 'We could not find that record',
    'error.document.missing': 'This document is still missing',
    'error.document.tooMany': 'Too many files for this document',
    'error.file.tooLarge': 'The file is too large',
    'error.file.type': 'Only JPG, PNG or HEIC photos and PDF files are accepted',
  },
};

export function translateFieldError(code: string, lang: Language, params: Record<string, string> = {}): string {
  const text = fieldErrors[lang][code] ?? fieldErrors[lang]['error.required']!;
  return text.replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) => params[name] ?? placeholder);
}

export const problemTitles: Record<Language, Record<string, string>> = {
  'zh-CN': {
    validation: '有些内容需要修改',
    'incomplete-application': '申请还没填完整，暂时不能提交',
    unauthorized: '请先登录',
    forbidden: '您没有权限进行此操作',
    'not-found': '没有找到该记录',
    'stale-version': '这份记录刚被更新过，请查看最新内容后再操作',
    'invalid-transition': '当前状态下不能进行此操作',
    'idempotency-key-missing': '请求缺少防重复提交标识（Idempotency-Key）',
    'idempotency-key-reused': '同一个防重复提交标识被用于不同的内容',
    'request-in-progress': '同样的请求正在处理中，请稍候再试',
    'too-large': '文件太大',
    'upload-rejected': '文件未通过检查',
    'rate-limited': '操作太频繁，请稍后再试',
    internal: '系统暂时出了问题，您填写的内容没有丢失，请稍后再试',
  },
  en: {
    validation: 'Some information needs correcting',
    'incomplete-application': 'The application is not complete yet, so it cannot be submitted',
    unauthorized: 'Please sign in first',
    forbidden: 'You are not allowed to do this',
    'not-found': 'We could not find that record',
    'stale-version': 'This record was just changed; look at the latest version and try again',
    'invalid-transition': 'This cannot be done at the current stage',
    'idempotency-key-missing': 'The request has no Idempotency-Key',
    'idempotency-key-reused': 'The same Idempotency-Key was used for different content',
    'request-in-progress': 'The same request is still being processed; please try again shortly',
    'too-large': 'The file is too large',
    'upload-rejected': 'The file did not pass our checks',
    'rate-limited': 'Too many attempts; please try again later',
    internal: 'Something went wrong on our side. Nothing you entered is lost; please try again later',
  },
};

export const uploadProblemDetails: Record<Language, Record<string, string>> = {
  'zh-CN': {
    typeMismatch: '文件的实际格式与文件名不符，请上传原始的照片或PDF文件',
    unsupportedType: '只接受 JPG、PNG、HEIC 照片或 PDF 文件',
    tooLarge: '文件超过大小上限',
    notUploaded: '没有收到文件，请重新上传',
    sizeMismatch: '收到的文件大小与声明的不一致，请重新上传',
  },
  en: {
    typeMismatch: 'The file’s real format does not match its name; upload the original photo or PDF',
    unsupportedType: 'Only JPG, PNG or HEIC photos and PDF files are accepted',
    tooLarge: 'The file is over the size limit',
    notUploaded: 'We did not receive the file; please upload it again',
    sizeMismatch: 'The file we received is not the size announced; please upload it again',
  },
};
