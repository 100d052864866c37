/**
 * What each question is called inside an error message, so that every message names its question
 * ("请选择申请人主要是哪一类残疾", "Select the applicant's main type of disability"), as GOV.UK's error
 * messages do. Keys are field paths without list positions (`items.note` for `items.2.note`); `{{n}}`
 * is the position counted from 1. Where one path means different questions in different forms (a
 * rejection's `reason`, a cancellation's `reason`), the schema names its own key with `code@key`
 * (functions/shared/zod-messages.ts).
 */
import type { Language } from './language.js';
import { fieldNamesZh } from './locales/field-names.zh-CN.js';
import { fieldNamesEn } from './locales/field-names.en.js';

export const fieldNames: Record<Language, Record<string, string>> = {
  'zh-CN': fieldNamesZh,
  en: fieldNamesEn,
};

/**
 * The name of the question at `path` (list positions removed, `answers.` and other wrappers dropped
 * from the front until a name is found), or undefined when there is none.
 */
export function fieldNameOf(path: string, lang: Language, key?: string): string | undefined {
  const segments = path.split('.').filter(Boolean);
  const position = segments.find((s) => /^\d+$/.test(s));
  const named = segments.filter((s) => !/^\d+$/.test(s));
  const candidates = key ? [key] : named.map((_, i) => named.slice(i).join('.'));
  for (const candidate of candidates) {
    // Own names only: a field path can be anything a request sent, `constructor` or `__proto__` included.
    const name = Object.hasOwn(fieldNames[lang], candidate) ? fieldNames[lang][candidate] : undefined;
    if (name) return name.replace('{{n}}', String(Number(position ?? 0) + 1));
  }
  return undefined;
}
