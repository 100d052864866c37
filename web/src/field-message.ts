/**
 * A field error in the page's language, naming its question: browser-found errors carry the shared
 * schemas' codes (`error.required`, `error.required@rejectReason`) and are worded here with the same
 * catalogue the API uses; server-found errors arrive already worded and are shown as they are.
 */
import type { FieldError } from 'react-hook-form';
import i18n from './i18n';
import { splitMessage, translateFieldError, type Language } from '../../functions/shared/i18n';

const language = (): Language => (i18n.language === 'en' ? 'en' : 'zh-CN');

/** `field` is the answer's path; `name` the question as this page names it, when the page knows better. */
export function fieldMessage(code: string, field: string, name?: string, params?: Record<string, string>): string {
  const { code: bare, key } = splitMessage(code);
  return translateFieldError({ code: bare, field, ...(key ? { key } : {}), ...(name ? { name } : {}), ...(params ? { params } : {}) }, language());
}

/** The words for a react-hook-form error: a code from the browser's check, or the server's own words. */
export function formErrorText(error: Pick<FieldError, 'message' | 'type'> | undefined, field: string): string {
  const message = error?.message ?? '';
  if (!message) return '';
  return error?.type === 'server' || !message.startsWith('error.') ? message : fieldMessage(message, field);
}
