import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { zhCN } from './locales/zh-CN';
import { en } from './locales/en';
import { fieldErrors } from '../../functions/shared/i18n';

export type Language = 'zh-CN' | 'en';
const STORAGE_KEY = 'onevisit.language';

export function savedLanguage(): Language {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
}

/** Field error codes (`error.*`) come from the same catalogue the API uses. */
const withErrors = (ui: object, lang: Language) => {
  const errors: Record<string, unknown> = {};
  for (const [key, text] of Object.entries(fieldErrors[lang])) {
    const parts = key.split('.').slice(1);
    let node = errors;
    parts.slice(0, -1).forEach((p) => (node = (node[p] ??= {}) as Record<string, unknown>));
    node[parts[parts.length - 1]!] = text;
  }
  return { ...ui, error: errors };
};

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: withErrors(zhCN, 'zh-CN') }, en: { translation: withErrors(en, 'en') } },
  lng: savedLanguage(),
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function applyLanguage(lang: Language): void {
  localStorage.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang;
  void i18n.changeLanguage(lang);
}

document.documentElement.lang = savedLanguage();

export default i18n;
