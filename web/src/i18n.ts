import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { zhCN } from './locales/zh-CN';

export type Language = 'zh-CN' | 'en';
const STORAGE_KEY = 'onevisit.language';
/** Set when the person picks a language on this device, until their account has been told. */
const UNSYNCED_KEY = 'onevisit.languageUnsynced';

const storage = () => (typeof localStorage === 'undefined' ? undefined : localStorage);

export function savedLanguage(): Language {
  return storage()?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
}

// Chinese is in the first download; English is fetched only by those who choose it.
async function load(lang: Language): Promise<void> {
  if (lang === 'en' && !i18n.hasResourceBundle('en', 'translation')) {
    const { en } = await import('./locales/en');
    i18n.addResourceBundle('en', 'translation', en);
  }
}

/** Resolves once the saved language's words are loaded: render after it. */
export const languageReady: Promise<void> = i18n
  .use(initReactI18next)
  .init({
    resources: { 'zh-CN': { translation: zhCN } },
    lng: 'zh-CN',
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  .then(() => load(savedLanguage()))
  .then(() => i18n.changeLanguage(savedLanguage()))
  .then(() => undefined, () => undefined);

/** Shows the page in `lang` and remembers it on this device. */
export function applyLanguage(lang: Language): Promise<void> {
  storage()?.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang;
  return load(lang).then(() => void i18n.changeLanguage(lang));
}

/**
 * The person's own choice: it wins everywhere from now on. Until their account has been told (they are
 * signed out, or offline), it is marked unsynced so that signing in passes it on rather than replacing it.
 */
export function chooseLanguage(lang: Language): Promise<void> {
  storage()?.setItem(UNSYNCED_KEY, '1');
  return applyLanguage(lang);
}

export const languageUnsynced = () => storage()?.getItem(UNSYNCED_KEY) === '1';
export const languageSynced = () => storage()?.removeItem(UNSYNCED_KEY);

if (typeof document !== 'undefined') document.documentElement.lang = savedLanguage();

export default i18n;
