/**
 * Words the server says: problem titles, field errors and notification texts, zh-CN first and English
 * complete. The web app loads the same `fieldErrors` so a message reads the same wherever it appears.
 */
import { fieldNameOf } from './field-names.js';
import { LANGUAGES, type Language } from './language.js';
import { fieldErrorsZh } from './locales/field-errors.zh-CN.js';
import { fieldErrorsEn } from './locales/field-errors.en.js';

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
  'zh-CN': fieldErrorsZh,
  en: fieldErrorsEn,
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
