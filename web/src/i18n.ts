import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { zhCN } from './locales/zh-CN';
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

// Chinese is in the first download; English is fetched only by those who choose it.
async function load(lang: Language): Promise<void> {
  if (lang === 'en' && !i18n.hasResourceBundle('en', 'translation')) {
    const { en } = await import('./locales/en');
    i18n.addResourceBundle('en', 'translation', withErrors(en, 'en'));
  }
}

/** Resolves once the saved language's words are loaded: render after it. */
export const languageReady: Promise<void> = i18n
  .use(initReactI18next)
  .init({
    resources: { 'zh-CN': { translation: withErrors(zhCN, 'zh-CN') } },
    lng: 'zh-CN',
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  .then(() => load(savedLanguage()))
  .then(() => i18n.changeLanguage(savedLanguage()))
  .then(() => undefined, () => undefined);

export function applyLanguage(lang: Language): void {
  localStorage.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang;
  void load(lang).then(() => i18n.changeLanguage(lang));
}

document.documentElement.lang = savedLanguage();

export default i18n;
