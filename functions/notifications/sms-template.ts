/** One entry of the fixed SMS catalogue (functions/notifications/sms-templates.ts). */
export interface SmsTemplate {
  /** What the operator classifies it as: a one-time code, or a notice of the matter's progress. */
  kind: 'verificationCode' | 'notification';
  /** Sent only by the local sign-in; on AWS Cognito texts the codes (cognitoCode). Not registered. */
  localOnly?: true;
  params: readonly string[];
  'zh-CN': string;
  en: string;
}

/** Said at the end of the first notice of a matter: every step will be texted. */
export const NO_VISIT = { 'zh-CN': '无需来窗口询问。', en: 'There is no need to come in and ask.' };
