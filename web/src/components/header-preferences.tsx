import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session';
import { chooseLanguage, languageSynced } from '../i18n';
import { applyCareMode, careModeStore } from '../preferences';

/** Care mode and language: on every page, first in the header. */
export function Preferences() {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  // The pre-rendered page is drawn without care mode; the device's choice applies from the first render after.
  const careMode = useSyncExternalStore(careModeStore.subscribe, careModeStore.get, () => false);

  const switchLanguage = () => {
    const next = i18n.language === 'en' ? 'zh-CN' : 'en';
    void chooseLanguage(next);
    // Messages and SMS follow the latest choice; once the account knows it, it is no longer pending here.
    // The profile request (and the zod it checks answers with) loads only when someone changes language.
    if (session) void import('../features/account/profile').then(({ setLanguage }) => setLanguage(next)).then(languageSynced, () => undefined);
  };

  // Native controls: the header is on every page, and a switch and two buttons need no library's code.
  return (
    <div className="preferences">
      <label className="switch" data-selected={careMode || undefined}>
        <input type="checkbox" role="switch" className="switch-input" checked={careMode} onChange={(event) => applyCareMode(event.target.checked)} />
        <span className="switch-track" aria-hidden="true">
          <span className="switch-thumb" />
        </span>
        {t('prefs.careMode')}
      </label>
      <button type="button" className="button secondary" onClick={switchLanguage} aria-label={t('prefs.languageSwitch', { language: t('prefs.language') })}>
        <span lang={i18n.language === 'en' ? 'zh-CN' : 'en'}>{t('prefs.language')}</span>
      </button>
    </div>
  );
}
