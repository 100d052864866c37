/** Words of the answers that are not about one field: problem titles, why an upload was refused, how long to wait. */
import type { ForbiddenReason } from './errors.js';
import type { Language } from './i18n.js';

export const problemTitles: Record<Language, Record<string, string>> = {
  'zh-CN': {
    validation: '有些内容需要修改',
    'incomplete-application': '申请还没填完整，暂时不能提交',
    'not-entitled': '按现行规定，暂不符合领取条件',
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
    'rate-limited': '操作太频繁，请过一会儿再试',
    'seat-taken': '这个时段刚刚约满了，您没有被预约；请从下面最近的空位中另选一个',
    'unsupported-media-type': '请求内容的格式不对，应为 JSON',
    unavailable: '系统现在太忙，您填写的内容没有丢失，请稍等片刻再试一次',
    internal: '系统暂时出了问题，您填写的内容没有丢失，请稍后再试',
  },
  en: {
    validation: 'Some information needs correcting',
    'incomplete-application': 'The application is not complete yet, so it cannot be submitted',
    'not-entitled': 'Under the current rules, this is not something you are entitled to',
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
    'rate-limited': 'Too many attempts; please wait a while and try again',
    'seat-taken': 'That time was just filled and you are not booked; choose one of the next free seats below',
    'unsupported-media-type': 'The request must be sent as JSON',
    unavailable: 'The service is very busy right now. Nothing you entered is lost; please try again in a moment',
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

/** What a signed-in person is told when they may not do something, and what they can do instead. */
export const forbiddenDetails: Record<Language, Record<ForbiddenReason, string>> = {
  'zh-CN': {
    'delegate.followOnly': '您只能查看这位家人的事项，不能代为办理。如需代办，请请他（她）在“帮我办事的人”中给您“代为办理”的权限。',
    'delegate.cannotInvite': '只有本人或其监护人可以邀请家人协助；协助的家人不能再邀请其他人。',
    'person.notYours': '只有本人或其监护人可以管理谁来协助。',
  },
  en: {
    'delegate.followOnly': 'You may follow this person’s matters but not act on them. If you need to, ask them to give you the “act for me” permission under “People who help me”.',
    'delegate.cannotInvite': 'Only the person or their guardian can invite relatives to help; a helper cannot invite anyone else.',
    'person.notYours': 'Only the person or their guardian can manage who helps them.',
  },
};

/** How long to wait, and what else a person can do, when sign-in codes run out (`other`: any other limit, just the wait). */
export function rateLimitedDetail(lang: Language, retryAfterSeconds: number, kind: 'signIn' | 'other' = 'signIn'): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  if (kind === 'other') return lang === 'en' ? `Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.` : `请在${minutes}分钟后再试。`;
  return lang === 'en'
    ? `Try again in ${minutes} minute${minutes === 1 ? '' : 's'}. If it is urgent, a family member can sign in with their own number and apply for you, or you can apply at the district federation’s counter.`
    : `请在${minutes}分钟后再试。着急的话，可以请家人用他们的手机号登录代您申请，也可以到区县残联窗口办理。`;
}
